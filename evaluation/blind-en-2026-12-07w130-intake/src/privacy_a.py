# Privacy items with identifiers - Quebec / French-Canadian writers. Written by hand.
# Each item: (text, [(type, span) or (type, span, occurrence)], [quasi spans])

ITEMS = [
    ("Bonjour, mon chum Étienne a une toux depuis 3 semaines pis il refuse d'aller au CLSC. Can someone call me back at 514-555-0182? Merci",
     [("name", "Étienne"), ("phone", "514-555-0182")], []),

    ("my RAMQ is GAGS 8762 0314 if the pharmacie needs it, my name is Sophie Gagnon, the renewal for my Synthroid keeps getting refused bc the doctor left the GMF",
     [("id_number", "GAGS 8762 0314"), ("name", "Sophie Gagnon")], []),

    ("ma blonde Kim est enceinte de 22 semaines et elle a des crampes légères le soir, rien de grave je pense mais on aimerait une réponse par écrit: kim.lapointe.88@videotron.ca",
     [("name", "Kim"), ("email", "kim.lapointe.88@videotron.ca")], []),

    ("Je m'appelle Réjean Tremblay, né le 12 février 1956, j'habite au 218 rue des Érables, Chicoutimi G7H 3K4. Mon pharmacien dit que mon Eliquis pis mon Advil font pas bon ménage, c'est vrai?",
     [("name", "Réjean Tremblay"), ("date_of_birth", "12 février 1956"), ("address", "218 rue des Érables, Chicoutimi G7H 3K4")], []),

    ("hi, writing for my mother-in-law Huguette, she's 81 and lives alone at 77 chemin du Lac-Noir in Saint-Donat, she fell twice this month (no injuries thank god). Her carte soleil is BEAH 4355 1209. My cell 819-555-0147. How do we get her a home assessment?",
     [("name", "Huguette"), ("address", "77 chemin du Lac-Noir"), ("id_number", "BEAH 4355 1209"), ("phone", "819-555-0147")], []),

    ("Dr Marc-André Lévesque told me my A1c is 7.9 and I should see a nutritionist. Can the dietitian write me at francis.b.lavoie@outlook.com? thx",
     [("name", "Marc-André Lévesque"), ("email", "francis.b.lavoie@outlook.com")], []),

    ("Some guy in a grey Civic, plate FKT 482, backed into me at the Costco in Laval and drove off. Since then my neck hurts when I turn my head left. Is that whiplash or am I being dramatic? - Nadia",
     [("licence_plate", "FKT 482"), ("name", "Nadia")], []),

    ("Mon numéro d'assurance sociale c'est 284 716 395, la fille au comptoir chez Jean Coutu me l'a demandé pour mon Humira, c'est normal?? Aussi mon numéro de réclamation Desjardins est DSJ-2024-118847",
     [("id_number", "284 716 395"), ("id_number", "DSJ-2024-118847")], []),

    ("Salut, c'est Ginette. Ma petite-fille Océane (2 ans) fait 38,6 de fièvre depuis hier, elle mange moins mais elle boit. On est à Rimouski, mon tel 418 555 0139. Urgence ou on attend la clinique demain matin?",
     [("name", "Ginette"), ("name", "Océane"), ("phone", "418 555 0139")], []),

    ("my daughter posted about cutting herself on TikTok, her account is @oceane.lafleur_22, I only found out last night. She's 15. How do I get her help without her hating me",
     [("handle", "@oceane.lafleur_22")], []),

    ("I started a GoFundMe for my chum's chemo trips from Val-d'Or to Montréal: gofundme.com/f/aidons-sylvain-roy -- does the oncologist need to write a letter for the travel allowance or is it automatic?",
     [("url", "gofundme.com/f/aidons-sylvain-roy")], []),

    ("Bonjour je suis préposée au CHSLD Sainte-Rose à Laval, j'ai mal au bas du dos à force de lever les patients. Mon numéro d'employée c'est 0047215, ma gestionnaire Chantal veut un billet du médecin avant lundi.",
     [("id_number", "0047215"), ("name", "Chantal")], ["CHSLD Sainte-Rose"]),

    ("Mon fils Jérémie est en 3e année à l'école primaire Saint-Noël-Chabanel, son prof dit qu'il voit pas le tableau. He's 8. Optometrist or ophtalmo first? Tel: (450) 555-0164, demandez Karine",
     [("name", "Jérémie"), ("phone", "(450) 555-0164"), ("name", "Karine")], ["école primaire Saint-Noël-Chabanel"]),

    ("Date de naissance: 1991-07-23. Numéro de dossier à Maisonneuve-Rosemont: 2230981. I need my MRI results, they said 6 weeks and it's been 10 now.",
     [("date_of_birth", "1991-07-23"), ("id_number", "2230981")], []),

    ("please reply to me and NOT to the family email, use isabelle.cote.avocate@gmail.com -- it's about my Pap result, it says ASC-US and I don't know what that means",
     [("email", "isabelle.cote.avocate@gmail.com")], []),

    ("Tabarnak I burned my palm on the BBQ grill saturday, big blister now, pharmacie said see a doctor. I'm Steve Ouellet, 4 rue Principale app. 3, Sainte-Anne-des-Monts. Nearest clinic w/o appointment?",
     [("name", "Steve Ouellet"), ("address", "4 rue Principale app. 3, Sainte-Anne-des-Monts")], []),

    ("My dad Gaétan Bergeron (DOB 1948-11-30, RAMQ BERG 4811 3016) came home from Hôtel-Dieu de Lévis with a new pill, Entresto. He's dizzy when he gets up. Normal at first?",
     [("name", "Gaétan Bergeron"), ("date_of_birth", "1948-11-30"), ("id_number", "BERG 4811 3016")], []),

    ("I live in Gatineau but my car still has Ontario plates (CJRV 519). Cops stopped me last week cause I was weaving, I'm diabetic and my sugar was 2.8 when the paramedics checked. Can they take my licence for that? I feel fine now.",
     [("licence_plate", "CJRV 519")], []),

    ("Allo, mon nom est Marie-Soleil Paquette, 27 ans, j'ai une bosse dans le sein gauche, genre 1 cm, ça bouge. Mon médecin de famille Dr. Nguyen est en congé de maternité. Can I book direct at the CRID? Cell 581-555-0190",
     [("name", "Marie-Soleil Paquette"), ("name", "Nguyen"), ("phone", "581-555-0190")], []),

    ("Anglo from the Townships here. My wife Louise has shingles on her forehead close to the eye. Our family doc is Dr. Patricia Ward in Sherbrooke but she's booked 3 weeks out. Email me at dwilson1962@sympatico.ca",
     [("name", "Louise"), ("name", "Patricia Ward"), ("email", "dwilson1962@sympatico.ca")], []),

    ("Mon chum Yannick pis moi on essaie d'avoir un bébé depuis 14 mois. Je m'appelle Audrey Fortin, née le 5 mai 1993. Est-ce que je peux avoir une référence en fertilité au CUSM sans médecin de famille?",
     [("name", "Yannick"), ("name", "Audrey Fortin"), ("date_of_birth", "5 mai 1993")], []),

    ("si vous voulez voir les photos de mon rash c'est sur mon Insta @jo_bouchard_mtl, it's like red rings on my arm since camping near Mont-Tremblant 2 weeks ago",
     [("handle", "@jo_bouchard_mtl")], []),

    ("Passport no. GA482917. I'm flying to Haiti on the 14th to see my grandmother in Jacmel, what vaccines do I need and is it too late? My name is Wideline Joseph",
     [("id_number", "GA482917"), ("name", "Wideline Joseph")], []),

    ("hey c moi Kevin, 22 ans, je pense que j'ai pogné une ITS, ça brûle quand je pisse depuis 3 jours. Est-ce que la pharmacie peut me donner de quoi? text me 438-555-0117 pas d'appel svp my roommates",
     [("name", "Kevin"), ("phone", "438-555-0117")], []),

    ("Mon père Roger habite au 1250 boulevard René-Lévesque Ouest, apt 1804, Montréal H3B 4W8. He's 86 and the CLSC stopped sending the nurse for his leg ulcers in August. Who do I call to restart it?",
     [("name", "Roger"), ("address", "1250 boulevard René-Lévesque Ouest, apt 1804, Montréal H3B 4W8")], []),

    ("Numéro d'assurance maladie de ma fille: PELL 1556 0817 (Laurie Pelletier). Elle a 9 ans et elle refait pipi au lit depuis que son père est parti. Merci de m'aider",
     [("id_number", "PELL 1556 0817"), ("name", "Laurie Pelletier")], []),

    ("I work nights at Bombardier in Mirabel and I get headaches almost every day when I switch back to days. Employee ID BA-558213 if HR needs it. My name is Hugo Lachance.",
     [("id_number", "BA-558213"), ("name", "Hugo Lachance")], ["Bombardier"]),

    ("hello, mon nom c'est Jean-Philippe (tout le monde dit JP), 31 ans, j'ai des palpitations quand je bois du café. My Sun Life member number is 0938827-04, is a Holter covered?",
     [("name", "Jean-Philippe"), ("name", "JP"), ("id_number", "0938827-04")], []),

    ("Please send the referral to my new address: 33-B rue Laurier, Gatineau J8X 3V7 (I moved from Ottawa). Name on file: Amélie Charbonneau, DOB 02/09/1985",
     [("address", "33-B rue Laurier, Gatineau J8X 3V7"), ("name", "Amélie Charbonneau"), ("date_of_birth", "02/09/1985")], []),

    ("ma blonde Roxanne a fait une fausse couche il y a 2 semaines (8 semaines de grossesse). Elle saigne encore un peu, l'urgence à Pierre-Le Gardeur a dit que c'est normal, mais elle pleure tout le temps. Can we talk to someone? roxanne.d.92@icloud.com",
     [("name", "Roxanne"), ("email", "roxanne.d.92@icloud.com")], []),

    ("C'est pour mon beau-père, Fernand, né le 3 janvier 1940. Il vit au 1120 rang Saint-Pierre, Saint-Ambroise-de-Kildare. Il est mêlé depuis mardi pis l'infirmière du CLSC pense à une infection urinaire. On attend le résultat de culture, c'est long?",
     [("name", "Fernand"), ("date_of_birth", "3 janvier 1940"), ("address", "1120 rang Saint-Pierre, Saint-Ambroise-de-Kildare")], []),

    ("Mon LinkedIn c'est linkedin.com/in/mcaron-ing si vous voulez vérifier que je suis ingénieur chez Hydro-Québec. I need a note for a stress leave, I'm burned out, can't sleep, cry in my car.",
     [("url", "linkedin.com/in/mcaron-ing")], ["Hydro-Québec"]),

    ("Bonsoir, ma fille Maëlle a 16 ans et veut prendre la pilule sans que son père le sache. C'est permis au Québec à 16 ans? Mon cell: 873-555-0102 -- Nathalie",
     [("name", "Maëlle"), ("phone", "873-555-0102"), ("name", "Nathalie")], []),

    ("Insurance claim #CL-77412093 with La Capitale got denied for my physio after the ski accident at Mont-Sainte-Anne. Can a doctor write something to appeal? -- Philippe Gravel, policy 8812-447-QC",
     [("id_number", "CL-77412093"), ("name", "Philippe Gravel"), ("id_number", "8812-447-QC")], []),

    ("J'ai vu le gars qui a accroché mon fils en vélo, plaque Y87 HNS, un Dodge Ram noir. Antoine a un gros bleu sur la cuisse et il boite un peu depuis hier. Radiographie nécessaire?",
     [("licence_plate", "Y87 HNS"), ("name", "Antoine")], []),

    ("I live at 9 chemin du Quai, Havre-Aubert, there's no dermatologist on the Islands. Can I send photos of a mole that got darker? My email: capitaine.leblanc@hotmail.com",
     [("address", "9 chemin du Quai, Havre-Aubert"), ("email", "capitaine.leblanc@hotmail.com")], []),

    ("my twitter is @GuyLafleurFan10 dont laugh lol. 58 and the gout in my big toe is back, third time this year. Colchicine or allopurinol?",
     [("handle", "@GuyLafleurFan10")], []),

    ("Bonjour, c'est pour Thérèse Dubé, ma mère, date de naissance 19/04/1937, no. d'assurance maladie DUBT 3754 1906. Elle a des rougeurs sous les seins pis ça pique beaucoup depuis l'été.",
     [("name", "Thérèse Dubé"), ("date_of_birth", "19/04/1937"), ("id_number", "DUBT 3754 1906")], []),

    ("Moi c'est Sébastien, mon chum c'est Olivier. We're both on PrEP through Clinique l'Actuel. Olivier got a rash on his palms last week, not itchy. Reach me at seb.et.oli.mtl@proton.me",
     [("name", "Sébastien"), ("name", "Olivier"), ("email", "seb.et.oli.mtl@proton.me")], ["Clinique l'Actuel"]),

    ("I'm a student at the Cégep de Jonquière, student no. 2231457, I need a note for missing my exam because of mono. -- Jessica Tremblay-Côté",
     [("id_number", "2231457"), ("name", "Jessica Tremblay-Côté")], ["Cégep de Jonquière"]),

    ("ça fait 3 fois que j'appelle le 811 pis personne répond, tabarnak. My kid has pinkeye, gunk on the lashes this morning. Call me 450-555-0128 plz",
     [("phone", "450-555-0128")], []),

    ("Mme Lucie Gendron, 62 ans, 45 avenue des Pins, Rouyn-Noranda J9X 2Y6. Mon rendez-vous en ophtalmo pour ma cataracte a été annulé 2 fois. Help",
     [("name", "Lucie Gendron"), ("address", "45 avenue des Pins, Rouyn-Noranda J9X 2Y6")], []),

    ("My husband Raj and I moved to Brossard from Pune in June. Our RAMQ cards haven't come yet (3 month waiting period). Raj's file number at RAMQ is 2024-SQ-009911. He needs his insulin refilled, what do we do meanwhile?",
     [("name", "Raj"), ("id_number", "2024-SQ-009911")], []),

    ("Je suis Mélanie, 36 ans. Ma TSH est à 8,2 et Dr Roy du GMF Val-Bélair veut me mettre sur Synthroid. C'est pour la vie? (418) 555-0175",
     [("name", "Mélanie"), ("name", "Roy"), ("phone", "(418) 555-0175")], ["GMF Val-Bélair"]),

    ("My little brother Pierre-Luc got a concussion at hockey on Saturday (DOB 2009-03-18 if you need it). His coach Dave says he can play next week. Is that safe? He still says light bugs him.",
     [("name", "Pierre-Luc"), ("date_of_birth", "2009-03-18"), ("name", "Dave")], []),

    ("I keep a blog of my MS symptoms: sclerosedanslesneiges.wordpress.com -- maybe the neurologist can look before my appointment so we don't waste the 15 minutes",
     [("url", "sclerosedanslesneiges.wordpress.com")], []),

    ("Salut, je suis Anne-Marie Boivin, j'habite au 12 rue Racine à Québec, pas loin du Château Frontenac. Can I get the shingles vaccine free now that I'm 65?",
     [("name", "Anne-Marie Boivin"), ("address", "12 rue Racine")], []),

    ("Ma fille Camille Roy-Nadeau, 14 ans, fait de l'anorexie je pense, 41 kg pour 1m62. Elle est au Collège Jean-de-Brébeuf, l'infirmière scolaire nous a appelés. Appelle-moi 514.555.0161 svp",
     [("name", "Camille Roy-Nadeau"), ("phone", "514.555.0161")], ["Collège Jean-de-Brébeuf"]),

    ("Bonjour, mon nom est Ghislain Morin. DDN: 07-08-1959. No RAMQ MORG 5908 0712. J'ai besoin d'un renouvellement pour ma pompe Ventolin, la pharmacie Familiprix veut une ordonnance.",
     [("name", "Ghislain Morin"), ("date_of_birth", "07-08-1959"), ("id_number", "MORG 5908 0712")], []),

    ("Mon ado Zachary (16) s'est fait une entorse à la cheville au basket à la Polyvalente des Baies. Le coach Martin dit glace et repos. Il peut rejouer quand? Notre adresse courriel: famille.tessier@cgocable.ca",
     [("name", "Zachary"), ("name", "Martin"), ("email", "famille.tessier@cgocable.ca")], ["Polyvalente des Baies"]),

    ("hey, my truck is the white F-150 with Quebec plate L47 2KP lol, the SAAQ wants a medical form for my epilepsy before I get the licence back. Who fills it, family doc or neuro?",
     [("licence_plate", "L47 2KP")], []),

    ("C'est Stéphanie, infirmière à domicile. My patient asked me to write: Mme Yvette Lacroix, 88 ans, 302 rue Notre-Dame, Berthierville. She wants to know if she still needs her Prolia shot at her age.",
     [("name", "Stéphanie"), ("name", "Yvette Lacroix"), ("address", "302 rue Notre-Dame, Berthierville")], []),

    ("We're tourists from Lyon, mon mari Bernard a une otite depuis le vol. Numéro de sécu 1 58 07 69 123 045 67 si besoin. Can a clinic here in Québec see him? Portable français 06 12 48 77 90",
     [("name", "Bernard"), ("id_number", "1 58 07 69 123 045 67"), ("phone", "06 12 48 77 90")], []),

    ("Bonjour c'est Jean-Robert, mon téléphone c'est le +1 514 555 0153, ma femme Marie-Claude a accouché il y a 3 semaines pis elle dort pas, elle est pas elle-même, pleure beaucoup. Dépression post-partum?",
     [("name", "Jean-Robert"), ("phone", "+1 514 555 0153"), ("name", "Marie-Claude")], []),

    ("Facebook: facebook.com/lynda.charest.7 -- I posted a picture of the tick I pulled off my kid in Bromont, can someone tell me if it's a deer tick? He's 6 and no rash yet",
     [("url", "facebook.com/lynda.charest.7")], []),

    ("Je suis caissière au Maxi de Saint-Hyacinthe, debout 8h par jour, j'ai des varices qui font mal. Mon nom est Karine Lussier, née le 22 octobre 1979. Est-ce que les bas de compression sont remboursés?",
     [("name", "Karine Lussier"), ("date_of_birth", "22 octobre 1979")], ["Maxi de Saint-Hyacinthe"]),

    ("Dr. Bélanger at the CLSC said my son Mathis needs an ENT for his tonsils, but the wait at Sainte-Justine is 1 year. Any other option? call 514-555-0106",
     [("name", "Bélanger"), ("name", "Mathis"), ("phone", "514-555-0106")], []),

    ("Plaque de mon char: G52 VBK. Je me suis fait flasher par un photo-radar pendant que j'allais à l'urgence avec ma blonde en travail. Est-ce qu'un billet du médecin peut annuler le ticket?",
     [("licence_plate", "G52 VBK")], []),
]
