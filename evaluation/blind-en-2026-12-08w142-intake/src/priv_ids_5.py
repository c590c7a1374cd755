# Privacy items with identifiers, batch 5 (small extra batch). Written by hand.
ITEMS = [
    ("Sou o Edson Muianga, nascido a 08/12/1979, vivo na Matola, Rua do Jardim 34, Bairro Fomento. Tenho um caroço no peito do lado esquerdo. Sou homem, isso acontece?",
     [("name", "Edson Muianga"), ("date_of_birth", "08/12/1979"), ("address", "Rua do Jardim 34, Bairro Fomento")], []),
    ("ola doutor, meu primo Kalunga pediu pra perguntar, ele mora em Danbury CT e tá sem seguro. ele tem 3 dentes podres e a cara inchou um pouco. o numero dele é 203-555-0161",
     [("name", "Kalunga"), ("phone", "203-555-0161")], []),
    ("Carro da família: Fiat Uno prata, placa HPZ3C07... desculpa, colei errado. O que eu queria perguntar: minha sogra Iracema, 77, pode tomar vacina de herpes zoster?",
     [("licence_plate", "HPZ3C07"), ("name", "Iracema")], []),
    ("Bom dia, a minha vizinha, a D. Custódia, não tem internet. Ela tem 84 anos e o número de utente é 301 222 444. Está com as pernas muito inchadas e vermelhas há uma semana.",
     [("name", "Custódia"), ("id_number", "301 222 444")], []),
    ("hey i'm Lu, 23, nursing student at Bunker Hill Community College. my Brazilian mom keeps telling me to drink chá de camomila for my anxiety lol. my email is enf.estudante23@exemplo.com",
     [("name", "Lu"), ("email", "enf.estudante23@exemplo.com")], ["Bunker Hill Community College"]),
    ("O meu filho, o Yuri, tem 6 anos e está na Escola Primária Completa da Liberdade, em Luanda. Ele coça muito a cabeça e os olhos. Pai: Sr. Paulo Cambuta, +244 931 777 000.",
     [("name", "Yuri"), ("name", "Paulo Cambuta"), ("phone", "+244 931 777 000")], ["Escola Primária Completa da Liberdade"]),
    ("Estou a ajudar a minha tia Benvinda a marcar as análises. O NIF dela é 198 765 432 e o email b.sintra52@exemplo.pt. Ela tem o açúcar a 140 em jejum.",
     [("name", "Benvinda"), ("id_number", "198 765 432"), ("email", "b.sintra52@exemplo.pt")], []),
    ("Doutor, sou a Dandara, 35 anos, tenho um perfil de maternidade atípica @mae_de_autista_ba e muitas mães me perguntam sobre dieta sem glúten pra autismo. Tem evidência?",
     [("name", "Dandara"), ("handle", "@mae_de_autista_ba")], []),
]
