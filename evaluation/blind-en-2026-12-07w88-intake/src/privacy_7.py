# privacy trap-only items (writer 88), part 7: words that are also names, brands, famous people
ITEMS = [
    {"text": "can i sue the hospital? they billed me $4000 for a 20 min visit for my sprained wrist lol", "identifiers": [], "quasi": []},
    {"text": "my medical bill from the ER is insane, does insurance usually cover the ambulance ride", "identifiers": [], "quasi": []},
    {"text": "i will never drink tequila again 😭 how long does a hangover last when ur 20", "identifiers": [], "quasi": []},
    {"text": "Ruby red spots on my shins a week after a sore throat, what could that be", "identifiers": [], "quasi": []},
    {"text": "got a rash from my new Calvin Klein boxers?? can the dye do that", "identifiers": [], "quasi": []},
    {"text": "Ben & Jerry's every night is probably why my cholesterol went up huh", "identifiers": [], "quasi": []},
    {"text": "Frank question: is it normal to see a bit of blood in semen once?", "identifiers": [], "quasi": []},
    {"text": "Dawn dish soap for poison ivy? my mom swears by it", "identifiers": [], "quasi": []},
    {"text": "Can Tylenol PM be taken every night? 22 and can't sleep", "identifiers": [], "quasi": []},
    {"text": "harry styles concert last night and i lost my voice screaming, how long till it comes back", "identifiers": [], "quasi": []},
    {"text": "Georgia heat plus marching band = I fainted twice this season. how do i stop it happening", "identifiers": [], "quasi": []},
    {"text": "is mary jane actually bad for teen brains or is that just propaganda", "identifiers": [], "quasi": []},
    {"text": "Rich food gives me heartburn every single time, should I ask to get scoped?", "identifiers": [], "quasi": []},
]
