# Emergencies (kind now), batch 3. (text, family). Written by hand.
ITEMS = [
    # choking
    ("Meu avô tá engasgado com um pedaço de carne, não consegue falar nem tossir, tá pondo a mão no pescoço e ficando roxo. Dou água?", "choking"),
    ("O bebé de 9 meses engoliu uma peça de lego e está a fazer um barulho esquisito a respirar, com dificuldade, e está a ficar azulado.", "choking"),
    ("my kid 5 is choking on a grape, I did back blows, still can't breathe or cry, only tiny squeak. what next", "choking"),
    ("Minha mãe engasgou com a pílula grande e agora respira com um chiado alto, não consegue engolir a saliva e está babando. Já faz 15 minutos.", "choking"),
    # testicular_torsion
    ("Meu filho de 14 anos acordou com uma dor muito forte no testículo esquerdo há 1 hora, tá vomitando e o testículo parece mais alto. Não bateu em nada. Espero o urologista amanhã?", "testicular_torsion"),
    ("dor súbita no saco, do lado direito, começou jogando bola há 40 min, inchou e tá muito dolorido, me deu enjoo. tenho 17. gelo resolve?", "testicular_torsion"),
    ("My 12 year old woke up crying, says his right ball hurts really bad and his belly too, he threw up. Started maybe 2 hours ago. He's embarrassed and wants to wait.", "testicular_torsion"),
    ("Estou com uma dor horrível num testículo que começou de repente há meia hora, está rodado e inchado. Tenho 22 anos. Tomo um ibuprofeno e vejo amanhã?", "testicular_torsion"),
    # ectopic_pregnancy
    ("Fiz teste de gravidez positivo semana passada, ainda não fui ao médico. Agora começou uma dor muito forte do lado esquerdo da barriga, um pouco de sangue, e dor no ombro. Quase desmaiei no banheiro.", "ectopic_pregnancy"),
    ("Estou de 6 semanas, tive um DIU antes. Hoje tenho uma dor aguda no lado direito baixo, estou muito pálida e tonta, e o coração está acelerado.", "ectopic_pregnancy"),
    ("my girlfriend's period is late 3 weeks, test positive, now she's on the floor with sharp pain on one side and says her shoulder hurts, she's sweaty and grey. cramps?", "ectopic_pregnancy"),
    ("Tô grávida de umas 7 semanas, comecei a sangrar um pouco e agora a dor do lado direito ficou insuportável, e sinto vontade de evacuar o tempo todo. Tô sozinha em casa.", "ectopic_pregnancy"),
    # severe_dehydration_child
    ("Meu bebê de 10 meses tá com diarreia e vômito desde ontem, não fez xixi desde a noite passada, a moleira tá funda e ele chora sem lágrima. Tá bem molinho.", "severe_dehydration_child"),
    ("A minha filha de 2 anos vomita tudo o que bebe há 24 horas, está com os olhos encovados, a boca seca e não acorda bem. A fralda está seca desde manhã.", "severe_dehydration_child"),
    ("toddler had gastro for 2 days, today he's super floppy, cold hands, fast breathing, hasn't peed in 14 hours. he won't drink. can i try pedialyte popsicles?", "severe_dehydration_child"),
    ("Meu sobrinho de 4 anos tá com diarreia muito aguada há 2 dias, hoje não quer beber nada, tá sonolento, a pele da barriga fica enrugada quando belisco. Amanhã levo?", "severe_dehydration_child"),
    # chest_pain_other
    ("Senti uma dor rasgando no peito que passou pras costas de repente, a mais forte da minha vida, há 20 minutos. Tenho pressão alta. Tô suando muito.", "chest_pain_other"),
    ("Estou com uma dor no peito que piora quando respiro, começou há uma hora depois de tossir forte, estou com falta de ar e o lado esquerdo do peito parece não mexer. Sou alto e magro, 20 anos.", "chest_pain_other"),
    ("My friend (28) snorted coke at the party and now has a tight chest pain for 30 min, heart pounding like crazy, sweaty. He says it'll pass.", "chest_pain_other"),
    ("Dor no peito forte agora, tipo facada, piora deitado, com febre e muita falta de ar, a pressão tá baixa. Tive uma virose semana passada. Posso esperar a consulta?", "chest_pain_other"),
    # vision_loss_sudden
    ("Perdi a visão do olho direito de repente há 20 minutos, ficou tudo preto como uma cortina. Não dói. Tenho 66 anos. Pode ser pressão baixa?", "vision_loss_sudden"),
    ("Estou a ver uma cortina escura a descer no olho esquerdo desde esta manhã, depois de muitos flashes e moscas volantes. Tenho miopia forte.", "vision_loss_sudden"),
    ("my mom's eye is suddenly very painful and red, she sees halos and vision is really blurry, and she's vomiting from the pain. started an hour ago at the cinema", "vision_loss_sudden"),
    ("Meu pai de 77 anos de repente não tá enxergando metade das coisas, esbarra nas portas do lado esquerdo e tá com dor de cabeça. Começou na hora do almoço.", "vision_loss_sudden"),
    # blood_clot_PE
    ("Voltei de um voo de 12 horas de Lisboa para São Paulo ontem. Hoje de repente falta-me o ar, dor no peito ao respirar e tossi com um pouco de sangue. A perna esquerda está inchada.", "blood_clot_PE"),
    ("Tô de resguardo, tive cesárea há 10 dias, e agora do nada tô com falta de ar, coração disparado e dor pontada no peito quando respiro. Fiquei tonta ao levantar.", "blood_clot_PE"),
    ("I'm on the pill and had knee surgery last week. Just now I suddenly got really short of breath, sharp chest pain when I breathe in, heart racing at 130. Is it anxiety?", "blood_clot_PE"),
    ("O meu pai está acamado desde a fratura da anca. Há uma hora começou a respirar muito rápido, está aflito, os lábios estão roxos e diz que lhe dói o peito.", "blood_clot_PE"),
    # cauda_equina
    ("Tenho hérnia de disco, mas hoje a dor nas costas piorou muito, as duas pernas estão fracas e estou dormente na região entre as pernas e no bumbum. Não consigo fazer xixi desde cedo.", "cauda_equina"),
    ("Desde esta manhã não sinto o rabo quando me limpo, as pernas estão dormentes e fiz xixi nas calças sem dar conta. Tenho dor lombar há semanas. Espero pela consulta do dia 20?", "cauda_equina"),
    ("bad back for years but since lifting a sofa this afternoon I have numbness around my privates, weak legs, and I couldn't tell if I needed to pee. I'm 45. heat pack?", "cauda_equina"),
    ("Meu marido tem lombalgia e hoje falou que não sente nada quando senta no vaso, e perdeu o controle do intestino. As pernas tão formigando e fraquejando. Ele quer tomar um dorflex e deitar.", "cauda_equina"),
]
