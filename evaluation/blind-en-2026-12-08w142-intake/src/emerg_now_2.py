# Emergencies (kind now), batch 2. (text, family). Written by hand.
ITEMS = [
    # unconscious_unresponsive
    ("Cheguei em casa e meu avô tá deitado no chão da sala, respira mas não acorda de jeito nenhum, nem chamando alto. Ele é diabético e cardíaco.", "unconscious_unresponsive"),
    ("A minha colega desmaiou aqui no escritório há 5 minutos e ainda não acordou, está a respirar de forma estranha, tipo ronco. Pomos as pernas para cima?", "unconscious_unresponsive"),
    ("my husband fell asleep in the chair and I cant wake him, I shook him and he just moans, his breathing is weird. he had a few beers, probably just drunk?", "unconscious_unresponsive"),
    ("Tirei meu filho de 3 anos da piscina agora, ele não está respirando e está mole e roxo. Como faço pra tirar a água?", "unconscious_unresponsive"),
    ("Mãe de 88 anos não responde desde hoje de manhã, olhos meio abertos, não aperta a minha mão. Ela tem demência, às vezes fica parada assim, mas nunca tanto tempo.", "unconscious_unresponsive"),
    # head_injury
    ("O meu filho de 10 anos caiu da bicicleta sem capacete há uma hora, bateu com a cabeça. Já vomitou três vezes e está muito sonolento e confuso. Deixo-o dormir?", "head_injury"),
    ("Meu pai de 79 anos escorregou no banheiro e bateu a cabeça, tá com um galo, e agora de noite começou a falar enrolado e com muita dor de cabeça. Ele toma AAS e clopidogrel.", "head_injury"),
    ("friend fell off the roof at work like 2 meters, landed on his head, he was knocked out for a minute, now awake but keeps asking the same questions over and over and one pupil looks bigger", "head_injury"),
    ("Bebê de 8 meses caiu do trocador, bateu a cabeça no chão de piso. Chorou logo, mas agora tá mole e vomitou duas vezes, e tem um inchaço mole atrás da cabeça.", "head_injury"),
    ("Levei uma cabeçada no jogo há 2 horas, ficou tudo escuro uns segundos. Agora tem um líquido claro a sair do nariz e a dor de cabeça está a piorar muito. É só constipação?", "head_injury"),
    # febrile_infant
    ("Meu bebê tem 5 semanas e está com 38,4 de febre no termômetro de axila, tá mamando menos. A pediatra só atende segunda. Posso dar dipirona?", "febrile_infant"),
    ("A minha bebé de 6 semanas está quente, medi 38,2 no rabinho. Está a dormir mais do que o normal. É das vacinas?", "febrile_infant"),
    ("newborn is 2 weeks old, temp 38.1 rectal, she's a bit fussy but otherwise ok. can i give a little tylenol and wait", "febrile_infant"),
    ("Meu neto nasceu há 20 dias, tá com febre de 38 e bem molinho, quase não acorda pra mamar. Minha filha quer esperar amanhã.", "febrile_infant"),
    ("My 10 week old has a fever of 100.8 F and is breathing a bit fast. She got her 2 month shots... no wait, those are next week. Should we just watch her?", "febrile_infant"),
    # meningitis_signs
    ("Minha filha de 17 anos tá com febre alta, dor de cabeça forte, não consegue encostar o queixo no peito e agora apareceram manchinhas roxas na perna que não somem quando aperto com o copo.", "meningitis_signs"),
    ("O meu filho está com febre e manchas roxas a espalhar-se pelo corpo desde há uma hora, e as mãos estão frias. Está muito abatido. Tem 4 anos.", "meningitis_signs"),
    ("roommate has had the worst headache of his life since this morning, fever 39.5, can't stand the light, neck super stiff, now he's confused and doesn't know what day it is", "meningitis_signs"),
    ("Bebê de 7 meses com febre, a moleira tá estufada, chora muito quando pego no colo e tá vomitando. Tá estranho, meio parado.", "meningitis_signs"),
    ("Estou com febre, dor de cabeça horrível, pescoço duro e vomito tudo, não aguento a luz. Estou sozinha no quarto da residência de estudantes. Começou hoje.", "meningitis_signs"),
    # severe_abdominal_pain
    ("Meu marido tá com uma dor na barriga do lado direito embaixo que começou no umbigo ontem, agora não consegue nem andar, febre de 38,7 e vomitou. Dou um Buscopan?", "severe_abdominal_pain"),
    ("Tenho uma dor de barriga insuportável há 3 horas, a barriga está dura como tábua e dói mais se me mexo. Já tive úlcera.", "severe_abdominal_pain"),
    ("my dad 75 has sudden really bad belly pain going to his back, he looks pale and sweaty and his blood pressure machine shows 85/50. he has an aneurysm they were watching", "severe_abdominal_pain"),
    ("Minha avó não faz cocô há 5 dias, agora a barriga tá enorme e ela vomita uma coisa escura com cheiro de fezes. Tá com muita dor.", "severe_abdominal_pain"),
    ("I've been curled up on the bathroom floor for 2 hours with the worst stomach pain, vomiting, can't keep water down. Pain is a 10. I'm 34. Maybe food poisoning?", "severe_abdominal_pain"),
    # pregnancy_bleeding_or_pain
    ("Estou grávida de 30 semanas e começou um sangramento forte agora, tipo menstruação forte, encharquei o absorvente em meia hora. Não tenho dor.", "pregnancy_bleeding_or_pain"),
    ("A minha mulher está de 34 semanas e tem uma dor na barriga constante, a barriga está dura o tempo todo, e está a sangrar um pouco. O bebé está mexer menos.", "pregnancy_bleeding_or_pain"),
    ("im 26 weeks pregnant and my water just broke, clear fluid all over the floor, and I'm having cramps every 5 minutes. Is it ok to wait for my husband to finish his shift?", "pregnancy_bleeding_or_pain"),
    ("Grávida de 38 semanas, com dor de cabeça muito forte que não passa, vendo luzes, dor em cima da barriga, as mãos e o rosto incharam muito de ontem pra hoje.", "pregnancy_bleeding_or_pain"),
    ("Tive o bebê há 3 dias em casa com a parteira, hoje comecei a sangrar muito, já troquei 3 fraldas geriátricas em uma hora, estou tonta.", "pregnancy_bleeding_or_pain"),
    # diabetic_emergency
    ("Meu filho de 12 anos é diabético tipo 1, tá vomitando desde cedo, respirando fundo e rápido, com hálito de fruta, e tá muito sonolento. A glicemia deu HI no aparelho.", "diabetic_emergency"),
    ("O meu pai é diabético, está suado, a tremer e confuso, a falar coisas sem sentido. A glicemia deu 38. Ele não consegue engolir o sumo que lhe dei.", "diabetic_emergency"),
    ("my mum took her insulin and then didn't eat, now she's not making sense and very sleepy, I can barely wake her. sugar is 2.1. what do i do", "diabetic_emergency"),
    ("Tenho diabetes tipo 1, tô com glicose 480 há horas, vomitando, dor na barriga, e as fitas de cetona deram alto. A insulina não tá baixando. Espero mais um pouco?", "diabetic_emergency"),
    ("Vovô de 82 anos diabético tá há dias bebendo água sem parar e urinando muito, agora tá muito confuso e fraco, o aparelho só mostra 'HI'.", "diabetic_emergency"),
    # sepsis_signs
    ("Minha mãe tá com infecção urinária, tomou antibiótico ontem, mas hoje tá tremendo de frio, febre de 39,8, muito confusa, respirando rápido e com a pele manchada. A pressão deu 8 por 5.", "sepsis_signs"),
    ("O meu marido fez uma cirurgia ao intestino há 5 dias, já está em casa, mas agora está com febre alta, o coração muito acelerado, e diz que se sente a morrer. Está pálido e frio.", "sepsis_signs"),
    ("cut on my leg from a fish hook 3 days ago, now the red is spreading up fast past my knee, fever 39, I'm shivering and my heart is racing, feel really confused and weak", "sepsis_signs"),
    ("Tive bebê há 4 dias, agora estou com febre de 40, tremedeira, o corrimento tem cheiro horrível e o coração tá disparado. Tô muito fraca pra levantar.", "sepsis_signs"),
    ("Avó de 90 anos com pneumonia, tratando em casa com antibiótico, hoje não acorda direito, não urinou o dia todo, mãos e joelhos roxos e frios.", "sepsis_signs"),
    # severe_burn
    ("Meu filho de 3 anos puxou a panela de água fervendo em cima dele agora, queimou o peito e o braço todo, tá com bolhas grandes e a pele soltando. Passo pomada?", "severe_burn"),
    ("A botija de gás explodiu no quintal e o meu tio ficou com a cara e as mãos queimadas, o pelo do nariz queimou e a voz está rouca. Está a tossir preto.", "severe_burn"),
    ("spilled hot oil from the deep fryer on both my legs at work 10 min ago, big areas white and not painful in the middle. manager says put butter", "severe_burn"),
    ("Encostei no fio da rede elétrica arrumando a antena, levei um choque forte, tem uma queimadura preta na mão e o coração tá batendo esquisito.", "severe_burn"),
    ("O fogo pegou na roupa da minha avó no fogão a lenha, apagámos, mas tem as costas e um braço com pele queimada e a sair. Ela tem 85 e está a tremer.", "severe_burn"),
]
