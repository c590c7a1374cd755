# Writer 62 - privacy items, part B (factory, warehouse, drivers, gig workers)

ITEMS = [
    (
        "I pick orders at the Amazon warehouse in Dunmore, badge number AMZ-7731-0942. 10 hour shifts and my feet are numb "
        "by the end, both of them, and tingly at night. I'm 44. Is it just my boots or could it be diabetes?",
        [("id_number", "AMZ-7731-0942")],
        ["Amazon warehouse in Dunmore"],
    ),
    (
        "Ordered a new blood pressure monitor off Amazon and it says 152/96 every morning. The old Omron one said 138/88. "
        "which one do I believe? I'm 61.",
        [],
        [],
    ),
    (
        "forklift driver here at Harwell Logistics. Got diesel fumes all day, now I've had a cough for 2 months with some "
        "wheezing at night. Non smoker since 2015. Do I need a chest xray?",
        [],
        ["Harwell Logistics"],
    ),
    (
        "Im a lorry driver, HGV, my name is Dariusz Nowak and my licence plate is KX19 RTV if that matters for the DVLA thing. "
        "Doctor says I might have sleep apnoea and I'm scared I'll lose my licence. Do I have to tell them?",
        [("name", "Dariusz Nowak"), ("licence_plate", "KX19 RTV")],
        [],
    ),
    (
        "Ford Transit van driver, delivering parcels 11 hrs a day. Haemorrhoids are killing me, bleeding a bit bright red on "
        "the paper. 36M. Anusol isn't doing much. Anything stronger?",
        [],
        [],
    ),
    (
        "I drive for Uber and Deliveroo in the evenings and work a day job at a call centre. My pee is dark and I get "
        "kidney-ish back pain. I know I don't drink enough because no toilets. could it be a kidney stone?",
        [],
        ['Uber', 'Deliveroo'],
    ),
    (
        "Factory line worker at Brennock Foods (we make the crisps). Payroll no 55120-B. I burnt my forearm on the fryer "
        "guard 4 days ago, it blistered and now the edge is going red and hot. is this infected",
        [("id_number", "55120-B")],
        ["Brennock Foods"],
    ),
    (
        "Walkers crisps are my weakness lol and my cholesterol came back 7.1. LDL 4.8. I'm a warehouse supervisor, 49. "
        "Do I have to go on statins or can I try diet first?",
        [],
        [],
    ),
    (
        "Hi my names Lee, I work in the sawmill, lost the tip of my finger in march (healed now) but the stump is super "
        "sensitive, even cold air hurts it. Is that nerve damage? Can anything help? text me 555-0129",
        [("name", "Lee"), ("phone", "555-0129")],
        [],
    ),
    (
        "Scaffolder, 27. Fell about 2m last month onto my side, ribs were sore for ages and now they're fine but I get a "
        "click when I twist. Xray at A&E said no fracture. Is clicking bad?",
        [],
        [],
    ),
    (
        "On the assembly line at Vantor Motors plant 2, clock number 118-4420. The noise is deafening even with ear "
        "defenders and now I have ringing in both ears all the time. Is it permanent? Can I get a hearing test through work?",
        [("id_number", "118-4420")],
        ["Vantor Motors plant 2"],
    ),
    (
        "I drive a Mercedes Sprinter for a courier firm. Since covid my sense of smell is messed up, petrol smells like "
        "rotten meat. It's been 14 months. Will it come back?",
        [],
        [],
    ),
    (
        "Gig worker (Just Eat rider, on a bike), my handle on the app forums is @pedalpushr_88. I keep getting knee pain "
        "at the front of the knee going up hills. Patellofemoral? 24yo male.",
        [("handle", "@pedalpushr_88")],
        ["Just Eat"],
    ),
    (
        "Taxi driver for 22 yrs. Reg plate on my cab is LN63 HFA, badge 40211 with the council. I've been diagnosed "
        "with type 2 diabetes, HbA1c 61. Do I have to stop driving the taxi? I'm not on insulin, just metformin.",
        [("licence_plate", "LN63 HFA"), ("id_number", "40211")],
        [],
    ),
    (
        "I work on the packing line at a chicken processing plant. My hands and wrists are swollen and stiff every morning "
        "for about an hour. Rheumatoid arthritis? I'm 39 F. Grandmother had RA.",
        [],
        [],
    ),
    (
        "Steel worker. Welding for 20 years. My eyes are always red and gritty and now there's a yellowish bump on the white "
        "part near my nose. Is this from the welding arc? Name is Carlos Ibarra, works at Tremont Steel, ph 555-0188.",
        [("name", "Carlos Ibarra"), ("phone", "555-0188")],
        ["Tremont Steel"],
    ),
    (
        "Bus driver for Stagecoach. Piles and back ache, sitting 9 hours. Is it worth seeing a physio privately?",
        [],
        ['Stagecoach'],
    ),
    (
        "Hello I am Mohammed, I drive a bus for city transport, my employee number is 7704519. I had a small stroke (TIA) "
        "in February, all my symptoms went within an hour. The depot won't let me drive for 1 year. Is that the rule?",
        [("name", "Mohammed"), ("id_number", "7704519")],
        [],
    ),
    (
        "My husband Taras works in the warehouse at Kessler Distribution and came home with a huge bruise on his thigh, "
        "he says a pallet hit him. It's hard and lumpy now a week later. Should he get it looked at? His mobile 07700 900635.",
        [("name", "Taras"), ("phone", "07700 900635")],
        ["Kessler Distribution"],
    ),
    (
        "pallet truck ran over my foot at work on friday. steel toe caps took most of it. big toe is purple and i cant bend it. "
        "broken? i still walked on it all weekend",
        [],
        [],
    ),
    (
        "I'm a farm hand on a dairy farm (Hollowbrook Farm, near Fenwick). 3 days of fever, headache and muscle aches, after "
        "a cow aborted and I helped clean up. Q fever? brucellosis? I'm 33, male.",
        [],
        ["Hollowbrook Farm"],
    ),
    (
        "Brucellosis is something my vet mentioned when our goats got sick. What are the symptoms in people? Just in case, "
        "no symptoms now.",
        [],
        [],
    ),
    (
        "Seasonal worker picking strawberries, I'm from Romania, here on a visa, passport no. 058231764. I have a rash on my "
        "arms from the plants and sun. Can I see a doctor without NHS number? The farm manager is Gheorghe.",
        [("id_number", "058231764"), ("name", "Gheorghe")],
        [],
    ),
    (
        "Tractor driver. I get really bad low back pain after the harvest, shooting down my right leg to the ankle. "
        "I'm 55. It eases in winter. Any exercises?",
        [],
        [],
    ),
    (
        "Pesticide question - I spray crops (wearing a mask) and afterward I get headaches and my eyes water. Is this "
        "organophosphate poisoning? No other symptoms. I'm 47.",
        [],
        [],
    ),
    (
        "hi, im the night manager at the Greggs bakery depot, Ollie. workmate Stacey keeps fainting in the freezer room, "
        "twice this month, she says its low blood sugar. she's type 1. what should we have on hand?",
        [("name", "Ollie"), ("name", "Stacey")],
        ["Greggs bakery depot"],
    ),
    (
        "Greggs sausage rolls every day at lunch and my gallbladder is acting up (the doctor says gallstones on ultrasound). "
        "Do I need surgery or can I just cut the fat?",
        [],
        [],
    ),
    (
        "Delivery driver for DPD, 52. Rear-ended at a junction last tuesday. Neck stiff since, can't turn head to check "
        "mirrors. GP says whiplash. How long off work?",
        [],
        ['DPD'],
    ),
    (
        "I work in a plastics factory (Orrin Polymers, Unit 4 Brookside Industrial Estate). I get blotchy hives on my neck and "
        "chest most shifts. Off work they fade. Allergy to a chemical? My work email is jbanda@orrinpolymers.example.co.uk",
        [("email", "jbanda@orrinpolymers.example.co.uk")],
        ["Orrin Polymers"],
    ),
    (
        "Hello, I'm Wiktoria, cleaner on the early shift at the airport. My hands have eczema from the chemicals, bleeding "
        "in the cracks. Hydrocortisone cream not enough. Can I get something stronger without a prescription?",
        [("name", "Wiktoria")],
        [],
    ),
    (
        "Warehouse temp here, agency gave me a worker ID TW-009812 and said to ask the online doctor. Since last week my right "
        "shoulder hurts when I reach above my head for the top racking. Rotator cuff?",
        [("id_number", "TW-009812")],
        [],
    ),
    (
        "Gig economy life: Uber Eats, Instacart, whatever. No health insurance. I've had a toothache for 3 weeks and now my "
        "cheek is a bit swollen. Can an abscess go away on its own?",
        [],
        ['Uber Eats', 'Instacart'],
    ),
    (
        "I'm a mechanic at Pete's Garage on Orchard Road and I've been getting dizzy when I stand up from under cars. "
        "I'm 63 and on ramipril. My name is Winston Clarke and my date of birth is 9 April 1961.",
        [("name", "Winston Clarke"), ("date_of_birth", "9 April 1961")],
        ["Pete's Garage"],
    ),
    (
        "My boss Pete (owns the garage) says it's just vertigo. I get the room spinning when I lie down or roll over in bed, "
        "seconds only. BPPV?",
        [("name", "Pete")],
        [],
    ),
    (
        "Meat packer, work in a cold room at 2 degrees for 8 hrs. My fingers go white then blue then red. Raynaud's? "
        "Should I change jobs? Female, 31.",
        [],
        [],
    ),
    (
        "Hi! Amy from the dispatch office at Crestline Haulage, extension 4417 if you ring the main switchboard. "
        "I've got a UTI again, the third this year, is it because I hold it in while on the phones?",
        [("name", "Amy"), ("phone", "extension 4417")],
        ["Crestline Haulage"],
    ),
    (
        "Courier. I got bitten by a dog delivering a parcel to a house on Sycamore Avenue, broke the skin on my hand. "
        "The owner says the dog is vaccinated. Do I need a tetanus shot? Last one 2008.",
        [],
        [],
    ),
    (
        "My brother Jamal works nights at the recycling centre and got something splashed in his eye yesterday. Flushed it "
        "with water, it's red and a bit blurry today. Can this wait till monday? he's at 42 Cobden Street, Hartlepool, "
        "flat 3 if you can send someone",
        [("name", "Jamal"), ("address", "42 Cobden Street, Hartlepool, flat 3")],
        [],
    ),
    (
        "Bin man here. I cut my hand on broken glass in a bag, it was deep but I glued it with superglue. Now 5 days later "
        "it's healing ok. Was that a dumb idea?",
        [],
        [],
    ),
    (
        "Construction, groundworks. Jackhammer all day. My fingers are numb and white sometimes in cold. Vibration white "
        "finger? Can I claim? My NI number is QQ 12 34 56 C if you need it for the report.",
        [("id_number", "QQ 12 34 56 C")],
        [],
    ),
    (
        "Delivery driver, van reg is not important but my back is. 50, slipped disc 2019, now aching again after a long "
        "Christmas peak. Should I get an MRI or just physio?",
        [],
        [],
    ),
    (
        "I'm a HGV driver, Scania R450, and my GP wants me on a blood thinner (apixaban) for AF. Am I still allowed to drive "
        "for work on it? Anything I should watch for if I cut myself on the truck?",
        [],
        [],
    ),
    (
        "Hi I'm Ade, I work at the bottling plant at Crowmarsh Brewery and I have a lump in my groin that gets bigger when I "
        "lift crates and goes away lying down. Hernia? do I need to stop lifting?",
        [("name", "Ade")],
        ["Crowmarsh Brewery"],
    ),
    (
        "Shift pattern 4 on 4 off nights at a distribution centre. I'm 29 and my periods stopped for 3 months. Not pregnant "
        "(3 negative tests). Could nights do that?",
        [],
        [],
    ),
    (
        "Worker's comp claim number WC-2024-118873. The insurance wants a second opinion on my wrist. I'm a packer, "
        "ganglion cyst on the back of my right wrist, it hurts when I tape boxes. Do I need surgery?",
        [("id_number", "WC-2024-118873")],
        [],
    ),
    (
        "im a kitchen porter and dishwasher at a big hotel, my hands are in hot water 8 hours, now my fingernails are lifting "
        "off and going yellow. fungal? my ig is instagram.com/kp_life_mo if you want to see pics",
        [("url", "instagram.com/kp_life_mo")],
        [],
    ),
    (
        "Miner, retired, coal dust for 30 yrs. Short of breath doing anything. Spirometry showed FEV1 54%. Is this "
        "pneumoconiosis or COPD, and does it matter for treatment?",
        [],
        [],
    ),
    (
        "Rail track worker, on nights. Got a tick off my leg after working on the embankment near Ashby junction, now a "
        "red ring around it 6cm wide. Lyme? Name's Declan Fitzpatrick, DOB 30-08-1985, can call 555-0171.",
        [("name", "Declan Fitzpatrick"), ("date_of_birth", "30-08-1985"), ("phone", "555-0171")],
        [],
    ),
    (
        "I stack shelves at Lidl overnight. Is it safe to take sertraline and work nights? Doctor just started me on 50mg "
        "and I feel spaced out.",
        [],
        ['Lidl'],
    ),
    (
        "Supervisor at Northgate Packaging here, asking about one of my team, Mr. Ferreira. He told me he has epilepsy and "
        "wants to work on the guillotine machine. Medically is that safe if his seizures are controlled for 2 years?",
        [("name", "Ferreira")],
        ["Northgate Packaging"],
    ),
    (
        "Hi my name is Kelechi and I'm a courier, bike and van. My poo has been black for 2 days. I take ibuprofen most days "
        "for my knees and some Pepto-Bismol for my tummy. Is black poo from the pepto or something bad?",
        [("name", "Kelechi")],
        [],
    ),
    (
        "Tyre fitter. Used to smoke 20 a day, quit 2020. Coughed up a little streak of blood twice this week. 58 yrs old. "
        "Probably nothing right?",
        [],
        [],
    ),
]
