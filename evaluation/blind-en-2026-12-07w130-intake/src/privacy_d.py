# Privacy items with identifiers - more Quebec, bilingual and northern writers, longer messages. Written by hand.

ITEMS = [
    ("Bonjour docteur. Je vous écris pour ma mère, Françoise Gauthier, 79 ans. Elle est diabétique depuis longtemps pis ses pieds sont engourdis, elle sent plus ses pantoufles. Elle demeure au 560 rue Saint-Georges, Drummondville J2C 4H4. Le CLSC dit qu'il faut une référence pour la podiatre. Moi c'est Danielle, 819-555-0124. Merci beaucoup",
     [("name", "Françoise Gauthier"), ("address", "560 rue Saint-Georges, Drummondville J2C 4H4"), ("name", "Danielle"), ("phone", "819-555-0124")], []),

    ("salut!! mon chum Maxime a 25 ans pis il ronfle tellement que je dors sur le divan. Il arrête de respirer des fois genre 10 secondes. Il veut pas consulter. Son courriel si vous voulez lui écrire direct: max.pelletier.25@gmail.com (il va me tuer lol)",
     [("name", "Maxime"), ("email", "max.pelletier.25@gmail.com")], []),

    ("Hi, I'm a francophone from Moncton, name's Rémi LeBlanc. Born 09/12/1972. Medicare NB number 112 447 893. My colonoscopy prep made me so sick last time, is there a gentler one?",
     [("name", "Rémi LeBlanc"), ("date_of_birth", "09/12/1972"), ("id_number", "112 447 893")], []),

    ("Allô, ici Linda de Sept-Îles. Mon mari Réal (RAMQ LAPR 5411 2508) a des trous de mémoire depuis un an, il s'est perdu en allant au dépanneur. Le médecin parle d'Alzheimer. On fait quoi pour les papiers, le mandat?",
     [("name", "Linda"), ("name", "Réal"), ("id_number", "LAPR 5411 2508")], []),

    ("My Quebec plate is 'J12 FKR' and I parked in the hospital lot at Charles-LeMoyne for 9 hours with my dying father and got a $60 ticket. Who do I write to? Name's Gilles Cormier",
     [("licence_plate", "J12 FKR"), ("name", "Gilles Cormier")], []),

    ("Je travaille à la garderie Les Petits Soleils à Terrebonne et 4 enfants ont la gastro. Moi aussi maintenant. Je suis Valérie Asselin, 34 ans, cell 450 555 0145. Je peux retourner travailler quand?",
     [("name", "Valérie Asselin"), ("phone", "450 555 0145")], ["garderie Les Petits Soleils"]),

    ("URGENT-ish (not an emergency): my dad Marcel's MRN at the CHUS is 00-448-213 and they lost his biopsy. Ask for me, Caroline, 819-555-0189. He's 72.",
     [("name", "Marcel"), ("id_number", "00-448-213"), ("name", "Caroline"), ("phone", "819-555-0189")], []),

    ("je m'appelle Youssef El Amrani, j'habite au 7420 rue Saint-Hubert app 2, Montréal. Mon fils Adam a 5 ans pis il tousse la nuit depuis 1 mois, pas de fièvre. Le pédiatre à la clinique dit asthme. Ça se peut à 5 ans?",
     [("name", "Youssef El Amrani"), ("address", "7420 rue Saint-Hubert app 2, Montréal"), ("name", "Adam")], []),

    ("hi, it's Brianna, I'm 20, my instagram is @bri.goes.north and I'm moving to Inukjuak to work for the summer. what vaccines should I have before going?",
     [("name", "Brianna"), ("handle", "@bri.goes.north")], []),

    ("Bonjour, Dre Isabelle Fournier m'a dit de vous écrire. Mon nom: Patrice Demers. Date de naissance: 30 juin 1966. Mon PSA a monté à 9. Biopsie dans 3 semaines à l'Hôtel-Dieu de Québec. C'est normal d'être stressé de même?",
     [("name", "Isabelle Fournier"), ("name", "Patrice Demers"), ("date_of_birth", "30 juin 1966")], []),

    ("i'm a nurse at the Kuujjuaq health centre and this is personal, not for a patient: my RAMQ is SIMJ 8861 2309, I got the needle-stick from a patient whose hep C status is unknown, I started the protocol. How long until I know?",
     [("id_number", "SIMJ 8861 2309")], []),

    ("My husband Tyrone and I just moved to 4 Rue de la Rivière, Wendake. He's Black, 38, and his BP is 160/100. No doctor yet. What should we do first? Reach me at tyrone.and.lise@gmail.com",
     [("name", "Tyrone"), ("address", "4 Rue de la Rivière, Wendake"), ("email", "tyrone.and.lise@gmail.com")], []),

    ("Coucou, Mégane ici. J'ai 23 ans et j'ai pris la pilule du lendemain 2 fois ce mois-ci. Est-ce dangereux? Vous pouvez me texter au 581 555 0168 mais pas après 21h svp, ma mère regarde mon cell",
     [("name", "Mégane"), ("phone", "581 555 0168")], []),

    ("Our daughter Aaliyah is 10, she plays hockey for the Laval Rockets peewee team. Since a hit in October she gets headaches in class. We live 2225 boul. Chomedey, Laval H7T 2W2. Call Omar 514-555-0114.",
     [("name", "Aaliyah"), ("address", "2225 boul. Chomedey, Laval H7T 2W2"), ("name", "Omar"), ("phone", "514-555-0114")], []),

    ("Bonjour, je suis Paul-Émile Caron, né le 15/08/1950, RAMQ CARP 5008 1507. Mon chirurgien Dr Giguère m'a enlevé le colon droit le mois passé. Quand est-ce que je peux reprendre le golf?",
     [("name", "Paul-Émile Caron"), ("date_of_birth", "15/08/1950"), ("id_number", "CARP 5008 1507"), ("name", "Giguère")], []),

    ("i drive for Desgagnés on the boat to the North, gone 6 weeks at a time. Need 3 months of my Metformin. Name Jonathan Harvey, employee no. DG-20931",
     [("name", "Jonathan Harvey"), ("id_number", "DG-20931")], ["Desgagnés"]),

    ("Mon ex a partagé ma photo de vaccination avec mon adresse dessus, 88 rue Champlain, Salaberry-de-Valleyfield, sur son compte TikTok @marc_o_bois. J'ai peur. Mais ma question: le rappel COVID, est-ce que je le fais?",
     [("address", "88 rue Champlain, Salaberry-de-Valleyfield"), ("handle", "@marc_o_bois")], []),

    ("Hi, Kelly here, school secretary in Whapmagoostui. Student Emily Masty, 12, needs an EpiPen for the class trip, her mom says the old one expired. Mom's phone 819-555-0199",
     [("name", "Kelly"), ("name", "Emily Masty"), ("phone", "819-555-0199")], []),

    ("My Manitoba Health number is 123 456 789 and my PHIN is 987654321, which one does the lab in Norway House want? The requisition is for my thyroid.",
     [("id_number", "123 456 789"), ("id_number", "987654321")], []),

    ("mon compte Facebook: facebook.com/sylvain.giroux.rimouski, j'ai posté la photo de ma jambe, tu vois les veines? Ça fait mal le soir. Phlébite?",
     [("url", "facebook.com/sylvain.giroux.rimouski")], []),

    ("Je m'appelle Nadège Pierre-Louis, d'origine haïtienne, 45 ans. Je suis préposée à la résidence Les Jardins du Saint-Laurent et j'ai les mains pleines d'eczéma à cause des gants. Courriel nadege.pl@hotmail.com",
     [("name", "Nadège Pierre-Louis"), ("email", "nadege.pl@hotmail.com")], ["résidence Les Jardins du Saint-Laurent"]),

    ("Hey, it's Wes. I'm a helicopter pilot working out of Kuujjuaq, Transport Canada medical due. My doctor in Montreal, Dr. Hélène Roussel, retired. Licence no. 440129 (TC). Who can do my category 1 medical up north?",
     [("name", "Wes"), ("name", "Hélène Roussel"), ("id_number", "440129")], []),

    ("Écrivez à mon gendre, Bruno, au bruno.lamarre@bell.net, il lit l'anglais mieux que moi. C'est pour ma hanche, j'ai 77 ans pis la chirurgie est dans 14 mois.",
     [("name", "Bruno"), ("email", "bruno.lamarre@bell.net")], []),

    ("Posting for Inuk elder Lucassie Nappaaluk in Kangirsuk, DOB 11/02/1946. He's been coughing for 2 months and lost weight. They did a TB test at the CLSC. File # 00587-NUN.",
     [("name", "Lucassie Nappaaluk"), ("date_of_birth", "11/02/1946"), ("id_number", "00587-NUN")], []),

    ("Mon garçon Félix, 4 ans, a avalé une pièce de 10 cents hier soir. Il mange pis il joue comme d'habitude. Faut-tu une radio? Contact: 418-555-0121 ou felix.maman@videotron.ca",
     [("name", "Félix"), ("phone", "418-555-0121"), ("email", "felix.maman@videotron.ca")], []),

    ("hello, Angela Sinclair from Norway House Cree Nation, my band number is 2930041567. I need my birth control refilled and the nursing station is out of stock. Can it be flown in?",
     [("name", "Angela Sinclair"), ("id_number", "2930041567")], []),

    ("Our home address is 12 Chemin Kanatha, Kahnawake. My son Tehoronhiakwen is 9 and has a rash on his cheeks like slapped. Is it contagious? -- mom",
     [("address", "12 Chemin Kanatha, Kahnawake"), ("name", "Tehoronhiakwen")], []),
]
