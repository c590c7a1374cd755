"""Emergency warning: rules over the words patients use.

Each rule has a human-readable reason and regexes over the normalised text (askdoc.intake.text):
lower case, no apostrophes ("cant breathe"), single spaces. A rule may also *require* a second
signal somewhere in the text (a 6-week-old AND a fever) and may be *suppressed* by words in the same
sentence (a nose that is hard to breathe through). A hit directly preceded by a negation ("no chest
pain", "never had a seizure") does not count.

Missing an emergency is worse than a false alarm, so the rules lean towards warning: the measured
precision is documented in docs/intake.md, the recall floor (>= 95%) is a test. On top of the rules, a
classifier learned from written questions (askdoc.intake.learned) catches wordings no rule anticipated.
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _

from askdoc.intake import semantic
from askdoc.intake.text import normalise

# Shared fragments.
BREATH = r"(?:breath|breathe|breathing|breth|brethe|brething|breate|breating|brath)"
SAME = r"[^.?!]{0,40}"  # within the same sentence, a few words apart
NEAR = r"[^.?!]{0,25}"
PILLS = (
    r"(?:pills?|tablets?|capsules?|meds|medications?|medicines?|paracetamol|tylenol|acetaminophen|ibuprofen|"
    r"advil|aspirin|sleeping pills?|antidepressants?|painkillers?|pain killers?|xanax|valium|oxy\w*|insulin|"
    r"iron tablets?|vitamins?)"
)
FEVER = r"\b(?:fever\w*|temperature|temp|high temp|38(?:\.\d)?|39(?:\.\d)?|40(?:\.\d)?|100\.4|10[1-4](?:\.\d)?|" \
        r"hot to (?:the )?touch|burning up|pyrexia|" \
        r"(?:feels?|felt|feeling|is|seems?) (?:really |very |so )?(?:hot|warm))\b"
BABY_AGE = (
    r"\b(?:newborn|new born|neonate|\d{1,2}[\s-]*(?:day|days|d)[\s-]*old|"
    r"(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]*(?:week|weeks|wk|wks)"
    r"(?:[\s-]*old)?|(?:[0-2]|1\.5|2\.5|one|two|a|half a)[\s-]*(?:month|months|mo|mth|mths)[\s-]*old)\b"
)
PREGNANT = r"\b(?:pregnan\w*|\d{1,2} weeks (?:along|gone)|expecting a baby|trimester|weeks pregnant|" \
           r"(?:im|i am|shes|she is) \d{1,2} weeks\b(?! (?:old|ago|post|after|since|out|into)))"
SEVERE = r"(?:severe|severely|intense|really bad|very bad|terrible|unbearable|excruciating|agoni[sz]ing|sharp|" \
         r"stabbing|worst|extreme|horrible|awful)"
# A treatment that should have worked and did not (an inhaler, an angina spray): the patient's own alarm sign.
NOT_HELPING = r"(?:not (?:working|helping|doing anything)|isnt (?:working|helping)|doesnt (?:work|help)|no help|" \
              r"didnt (?:work|help)|hasnt (?:worked|helped|done anything)|havent (?:worked|helped)|" \
              r"(?:no|not made any|not making any) difference)"
# A question about recognising an emergency, asked ahead of time ("what are the signs of a stroke?").
LEARNING = r"\b(?:what are|watch (?:out )?for|look out for|recogni[sz]e|learn\w*|spot|know) (?:the )?(?:early |" \
           r"warning |main )?(?:signs|symptoms) of\b"
# Someone who cannot be reached: the lay words for a lowered consciousness.
NO_SENSE = r"(?:cant get (?:any )?sense out of|not making (?:any )?sense|talking nonsense)"


@dataclass
class Rule:
    reason: str
    patterns: list[str]
    requires: list[str] = field(default_factory=list)  # at least one must also match (unnegated)
    unless: list[str] = field(default_factory=list)  # suppresses a hit in the same sentence

    def __post_init__(self) -> None:
        self._patterns = [re.compile(p) for p in self.patterns]
        self._requires = [re.compile(p) for p in self.requires]
        self._unless = [re.compile(p) for p in self.unless]


RULES = [
    Rule(
        "Possible heart attack signs",
        [
            r"\bheart ?attack(?! (?:\d+|a few|two|three|four|five|six|ten|several|many) (?:years?|months?) ago)"
            r"(?!\w* (?:back )?in (?:19|20)\d\d)",
            r"\b(?:crushing|squeezing|squeezy|crushed|vice|pressure|pressing|heavy|heaviness|tight|tightness|"
            r"elephant)\b" + NEAR + r"\bchest\b",
            r"\bchest\b" + NEAR + r"\b(?:crushing|squeezing|being crushed|elephant|vice|heaviness)\b",
            r"\bchest\b" + SAME + r"\b(?:spread\w*|radiat\w*|going down|goes down|shoot\w*|travel\w*|moving)\b"
            + NEAR + r"\b(?:arm|arms|jaw|neck|shoulder|back)\b",
            r"\b(?:someone|somebody|something|a weight|a ton of bricks|a band|a belt|a vice)\b (?:is |was )?"
            r"(?:sitting|standing|pressing|pushing|squeezing|crushing|tight|tightening|kneeling)? ?(?:on|around|round|"
            r"across) (?:my|his|her|their) chest\b",
            r"\b(?:gtn|angina|nitro\w*)\b" + SAME + NOT_HELPING,
        ],
        unless=[r"\b(?:had|survived|since) (?:a |his |her |my )?heart ?attack\b" + SAME
                + r"\b(?:years? ago|months ago|last year|back in|in (?:19|20)\d\d|doing (?:fine|well|ok)|recover\w*)",
                r"\b(?:prevent\w*|risk of|reduce the risk|warning signs of)\b", LEARNING],
    ),
    Rule(
        "Possible heart attack signs",
        [r"\bchest (?:pain|pains|ache|hurts?|hurting|tightness|discomfort|pressure)\b"
         r"|\bpain in (?:my|his|her|the) chest"],
        requires=[
            r"\b(?:sweat\w*|clammy|nause\w*|vomit\w*|throw\w* up|threw up|faint\w*|dizz\w*|light ?headed|"
            r"short(?:ness)? of " + BREATH + r"|out of " + BREATH + r"|cant " + BREATH + r"|left arm|jaw|"
            r"pass\w* out|collaps\w*|grey|gray|pale)\b"
        ],
    ),
    Rule(
        # The atypical presentation (often in women, the elderly, diabetics): "indigestion" or an aching arm or jaw,
        # which only means something with sweating, greyness, faintness or breathlessness.
        "Possible heart attack signs",
        [r"\b(?:indigestion|heartburn|heavy feeling|heaviness)\b"
         r"|\b(?:arm|arms|jaw|shoulder)\b (?:\w+ ){0,2}(?:ache|aches|aching|hurts?|hurting|pain|heavy|numb)\b"],
        requires=[r"\b(?:sweat\w*|clammy|grey|gray|faint\w*|pass\w* out|collaps\w*|short(?:ness)? of " + BREATH
                  + r"|breathless|cant " + BREATH + r")\b"],
        unless=[r"\b(?:after (?:my|the|a) (?:jab|vaccin\w*|injection|workout|gym)|sleep\w* on it|anxi\w*)\b"],
    ),
    Rule(
        "Possible stroke signs",
        [
            r"\b(?:face|mouth|smile|lip|lips|eyelid|cheek)\b" + NEAR
            + r"\b(?:droop\w*|dropp\w*|sagg\w*|slant\w*|lopsided|crooked|uneven|fallen|falling|hanging)\b",
            r"\b(?:droop\w*|lopsided|crooked|sagging)\b" + NEAR + r"\b(?:face|mouth|smile)\b",
            r"\bslurr?\w*\b" + NEAR + r"\b(?:speech|words|talk\w*|speak\w*)|\b(?:speech|talking|words)\b" + NEAR
            + r"\bslurr?\w*",
            r"\b(?:suddenly|sudden)\b" + SAME + r"\b(?:cant|cannot|couldnt|unable to) (?:speak|talk|get (?:the |my )?"
            r"words out|find (?:the |my )?words|understand)",
            r"\b(?:numb\w*|weak\w*|paraly\w*|tingl\w*|cant move|cant feel|dead|heavy)\b" + SAME
            + r"\b(?:one side|left side|right side|half (?:of )?(?:my|his|her|the) (?:body|face))\b",
            r"\b(?:one side|left side|right side|half) (?:of )?(?:my|his|her|the) (?:face|body|mouth|smile)\b" + SAME
            + r"\b(?:numb\w*|weak\w*|droop\w*|paraly\w*|cant move|went dead|not working|moves?|moving|works|"
            r"frozen|smil\w*)",
            # Speech that sounds wrong: patients compare it to being drunk or call it funny, garbled.
            r"\b(?:speech|talking|words|voice)\b (?:\w+ ){0,2}(?:sounds?|is|are|was|went|gone|all) (?:\w+ )?"
            r"(?:drunk|funny|strange|weird|odd|wrong|garbled|jumbled|muddled|gibberish|nonsense)\b"
            r"|\b(?:talking|speaking) (?:gibberish|nonsense|like (?:hes|shes|hes|im|he is|she is) drunk)\b",
            # Sudden double vision, loss of coordination or confusion: the B and E of BE-FAST.
            r"\b(?:sudden|suddenly)\b" + SAME + r"\b(?:double vision|seeing double|cant walk straight|"
            r"cant (?:stand|walk) (?:up )?(?:without falling|properly)|confused|cant understand (?:what|anything|me|us|"
            r"words))",
            r"(?<!heat )(?<!sun )\b(?:stroke|mini ?stroke|tia)\b",
            r"\b(?:arm|leg|hand)\b (?:has |just )?(?:went|gone|go|goes|going|is|was) (?:all )?(?:floppy|limp|dead|"
            r"useless)\b",
            r"\b(?:cant|cannot|couldnt|unable to) (?:get (?:her|his|my|the) words out|form (?:words|sentences))\b"
            r"|\b(?:words|speech) (?:are|is|were|was|came out|coming out) (?:all )?(?:jumbled|garbled|muddled|"
            r"nonsense)\b",
        ],
        unless=[r"\b(?:years? ago|months ago|last year|back in (?:19|20)\d\d|in (?:19|20)\d\d|"
                r"history of|prevent\w*|risk of|recover\w*|rehab\w*)\b", LEARNING],
    ),
    Rule(
        # A hand or leg on one side that stopped working: a stroke when it came on suddenly or on waking, or with the
        # face or speech; an old injury or a sore shoulder is not.
        "Possible stroke signs",
        [r"\b(?:cant|cannot|couldnt|unable to|wont) (?:move|lift|raise|feel|grip with|use|hold (?:anything )?with) "
         r"(?:his|her|my|their) (?:left|right) (?:arm|hand|leg|foot|side)\b"
         r"|\b(?:keeps|kept|started|keep) dropping (?:things|her \w+|his \w+|my \w+)"],
        requires=[r"\b(?:sudden\w*|woke up|this morning|minutes ago|just now|an hour ago|face|speech|slurr\w*|"
                  r"droop\w*|confus\w*|words)\b"],
        unless=[r"\b(?:shoulder|gym|injur\w*|sprain\w*|broke|fracture\w*|arthritis|years? ago|last year)\b"],
    ),
    Rule(
        "Sudden severe headache (possible bleeding in the brain)",
        [
            r"\bworst headache\b",
            r"\bthunderclap\b",
            r"\b(?:sudden|suddenly)\b" + NEAR + r"\b(?:severe|excruciating|explosive|blinding|intense)\b" + NEAR
            + r"\bheadache",
            r"\bheadache\b" + NEAR + r"\blike (?:being|getting|i was|id been) (?:hit|kicked|struck)",
            r"\bhead\b" + NEAR + r"\b(?:exploded|exploding|explosion|burst)\b",
            r"\bnever (?:had|felt|known) (?:a )?(?:headache|pain in my head)\b" + NEAR + r"\blike (?:it|this|that)\b",
            r"\b(?:sudden|suddenly)\b" + NEAR + SEVERE + r"\b" + NEAR + r"\b(?:headache|pain (?:in|at) (?:the )?"
            r"(?:back of )?(?:my|his|her|the) head)",
        ],
    ),
    Rule(
        "Sudden loss of vision",
        [
            r"\b(?:sudden|suddenly|all of a sudden)\b" + SAME
            + r"\b(?:blind|cant see|lost (?:the |my |all )?(?:vision|sight)|vision (?:went|gone|loss|is gone)|"
            r"went black|curtain)",
            r"\b(?:lost|loss of) (?:the |my )?(?:vision|sight) in (?:one|my|his|her) (?:left |right )?eye",
            r"\b(?:shadow|curtain|veil|blackness)\b (?:has )?(?:came|come|coming|moving|moved|spreading|fell|falling) "
            r"(?:down|up|across|over)",
        ],
    ),
    Rule(
        "Possible severe allergic reaction (anaphylaxis)",
        [
            r"\banaphyla\w*",
            r"\bepi ?pen|\bepinephrine|\badrenaline (?:pen|shot|injector)",
            r"\b(?:lips?|tongue|throat|mouth)\b" + NEAR
            + r"\b(?:swell\w*|swollen|puff\w*|blow\w* up|closing|closed|tight\w*|thick\w*)\b",
            r"\b(?:swell\w*|swollen|puffy)\b" + NEAR + r"\b(?:lips?|tongue|throat)\b",
            r"\bthroat\b" + NEAR + r"\bclos\w*",
        ],
        unless=[r"\bsore throat\b" + SAME + r"\b(?:cold|flu|swallow\w*)\b", r"\bglands?\b",
                r"\b(?:should (?:we|i) (?:carry|get|have|keep)|prescri\w*|expir\w*|"
                r"how (?:do|to) (?:i |we |you )?use)\b",
                r"\b(?:like a lump|globus)\b", r"\b(?:dry|cracked|chapped)\b"],
    ),
    Rule(
        "Possible severe allergic reaction (anaphylaxis)",
        [
            r"\b(?:face|eyes?|whole body|hives|welts|rash)\b" + SAME + r"\b(?:swell\w*|swollen|puff\w*|all over)\b",
            r"\ballergic reaction\b",
        ],
        requires=[
            r"\b(?:peanuts?|nuts?|cashews?|shellfish|shrimp|prawns?|bee|wasp|stung|sting|penicillin|antibiotic\w*|"
            r"allerg\w*|amoxicillin|\w+cillin|sulfa|new (?:medicine|medication|tablet|drug)|first time|wheez\w*|"
            r"short of " + BREATH + r"|cant " + BREATH + r"|struggling to " + BREATH + r")\b"
        ],
        unless=[r"\b(?:mild|little|slight|seasonal|hay ?fever|every spring|pollen)\b"],
    ),
    Rule(
        # Anaphylaxis is body-wide, not only swelling: a tingling mouth, a hoarse voice, faintness, a rash all over
        # or a wheeze after an allergen.
        "Possible severe allergic reaction (anaphylaxis)",
        [r"\b(?:mouth|lips?|tongue|throat)\b (?:\w+ ){0,3}(?:tingl\w*|itch\w*|burning|numb|prickl\w*|fizz\w*)\b"
         r"|\bhoarse\b|\b(?:feel\w*|felt|going|gone|went|is|im|shes|hes|very|so) (?:\w+ ){0,2}(?:faint|dizzy|woozy|"
         r"light ?headed)\b|\bpass\w* out\b|\bcollaps\w*\b|"
         r"\b(?:blotchy|hives|welts|rash|red|swollen|swelling) all over\b|\bwheez\w*"],
        requires=[r"\b(?:stung|sting|bee|wasp|hornet|peanuts?|nuts?|cashews?|almonds?|shellfish|shrimps?|prawns?|"
                  r"crab|lobster|mussels?|sesame|allergic to|allergy to|\w+cillin|antibiotic\w*)\b"],
        unless=[r"\b(?:should (?:we|i) (?:carry|get|have)|"
                r"how (?:do|to|should) (?:i |we |you )?(?:use|prevent|avoid))\b",
                r"\b(?:asthma|cold weather|hay ?fever|pollen|years ago)\b"],
    ),
    Rule(
        "Severe bleeding",
        [
            r"\bbleed\w*\b" + SAME + r"\b(?:wont stop|will not stop|doesnt stop|does not stop|not stopping|"
            r"cant stop|keeps? (?:going|coming)|for (?:over )?(?:\d+|half an|an|twenty|thirty) (?:minutes|mins|hours?)|"
            r"heavily|a lot|everywhere)",
            r"\b(?:spurt\w*|gush\w*|pour\w*|squirt\w*|pumping)\b" + NEAR + r"\bblood|\bblood\b" + NEAR
            + r"\b(?:spurt\w*|gush\w*|pour\w*|everywhere|squirt\w*)",
            r"\b(?:lots of|so much|a lot of|huge amount of|pool of|puddle of|cup of|cupful of) (?:bright red )?blood",
            r"\bdeep (?:cut|wound|gash|laceration)\b" + SAME + r"\b(?:bleed\w*|blood|bone)",
            r"\bsoak\w*\b" + SAME + r"\b(?:towel|towels|pad|pads|bandage|through)\b",
            r"\bblood (?:\w+ ){0,2}(?:keeps?|is|was|still) (?:\w+ )?(?:pumping|pulsing|pouring|running|flowing|coming"
            r"(?: out)? (?:really |so |very )?fast)\b",
            r"\b(?:keeps?|kept|still) (?:filling|fill) (?:up )?with blood\b",
            r"\b(?:bleed\w*|blood)\b" + SAME + r"\bno matter (?:how|what)\b|\bno matter (?:how|what)\b" + SAME
            + r"\b(?:bleed\w*|blood)\b",
        ],
        requires=[r"\b(?:blood|bleed\w*|cut|wound|gash)\b"],
    ),
    Rule(
        "Vomiting or coughing up blood (possible internal bleeding)",
        [
            r"\b(?:vomit\w*|throw\w* up|threw up|puk\w*|cough\w* up|cough\w*|spit\w* up|spew\w*)\b" + NEAR
            + r"\bblood",
            r"\bblood\b" + NEAR + r"\b(?:vomit|sick)\b",
            r"\b(?:black|tarry|tar like|tar-like)\b" + NEAR + r"\b(?:stool|stools|poop|poo)\b",
            r"\b(?:stool|stools|poop|poo)\b" + NEAR + r"\b(?:black and tarry|tarry|like tar)\b",
            r"\bcoffee grounds?\b",
        ],
        unless=[r"\b(?:streak|streaks|fleck|flecks|tiny|little bit|spot of|dot)\b" + SAME + r"\b(?:nose|gums?|"
                r"phlegm|mucus|brush\w*)"],
    ),
    Rule(
        "Suicidal thoughts or self-harm",
        [
            r"\bsuicid\w*",
            r"\bkill\w* (?:my ?self|me)\b",
            r"\bend\w* (?:it all|my (?:own )?life|things|everything|it now)\b",
            r"\btake my (?:own )?life\b",
            r"\b(?:dont|do not|no longer|not) (?:want|wanna|wanting) to (?:live|be alive|be here|exist|wake up|"
            r"go on|carry on)\b",
            r"\b(?:want|wants|wanted|wanna|wanting|going|gonna) to die\b|\bwanna die\b",
            r"\b(?:wish|want|hope)\w*\b" + SAME + r"\b(?:never|not|wouldnt|didnt|dont) wake (?:up|again)\b",
            r"\b(?:plan\w*|going|gonna|want\w*) to (?:take|swallow) (?:them all|all of them|"
            r"all (?:of )?(?:my|his|her|their|the)|the whole|every)\b|\b(?:pills|tablets) saved up\b|\bstockpil\w*"
            r"|\bgiv\w* (?:his|her|my|their) (?:things|stuff|belongings) away\b",
            r"\bwish (?:i|id) (?:was|were|could be) dead|\bwish (?:i|id) (?:could )?(?:never wake|not wake|"
            r"didnt wake|wouldnt wake|disappear forever|wasnt alive|hadnt been born)",
            r"\bbetter off (?:dead|without me)\b",
            r"\bno (?:reason|point) (?:to|in) (?:live|living|go on|going on|being alive)\b",
            r"\bself[\s-]*harm\w*|\bself[\s-]*injur\w*",
            r"\b(?:want\w*|urge\w*|thoughts? (?:of|about)|think\w* (?:of|about)|keep|started|been) (?:to )?"
            r"(?:hurt\w*|harm\w*|cut\w*|burn\w*) my ?self\b",
            r"\b(?:cutting|burning|harming|hurting) my ?self\b",
            r"\b(?:cut|burned|burnt|harmed|hurt) my ?self (?:on purpose|again|deliberately)\b",
            r"\bhang\w* my ?self\b|\bjump\w* (?:off|in front of)\b" + SAME + r"\b(?:bridge|building|train|roof)",
            r"\b(?:plan|planning|plans) to (?:die|end)\b",
            r"\b(?:putting|put|setting|set|hiding|keeping|saving) (?:my |the |some |all (?:my |the )?)?"
            r"(?:tablets|pills|meds|medication) (?:aside|away|by|back)\b",
            r"\b(?:dont|do not|no longer|not) (?:think i |really |even )?(?:want|wanna) to (?:still )?be (?:here|"
            r"around|alive)\b",
            r"\b(?:drive|crash|steer|swerve) (?:my car |the car )?(?:into|off) (?:a|the) (?:tree|wall|bridge|lorry|"
            r"truck|river|cliff)\b",
            r"\b(?:dont|do not|cant) see (?:the |any )?point (?:in|of) (?:anything|living|life|going on|carrying on|"
            r"being here|it all)\b|\b(?:no|whats the) point (?:in|of|to) (?:anything|life|living|going on|any of it)\b",
            r"\bhow many\b" + NEAR + r"\b(?:it would take|would (?:kill|it take)|to (?:die|kill|end|not wake)|"
            r"(?:is|are|would be) (?:lethal|fatal|deadly))|\b(?:lethal|fatal) (?:dose|amount)\b",
            r"\b(?:wont|will not|not going to) be (?:around|here) (?:much longer|for (?:much )?longer|anymore|"
            r"any ?more|by|tomorrow|next)\b",
            r"\bnoose\b|\b(?:got|bought|have|found|tied) (?:a |the )?rope\b|\brope (?:is )?ready\b",
            r"\b(?:standing|stood|sitting|sat|been) (?:on|at) (?:the |a )?(?:edge of|bridge|ledge|cliff|roof|"
            r"platform edge|top of)\b" + SAME + r"\b(?:think\w*|jump\w*|end|it)\b",
            r"\b(?:better|happier|easier) (?:off )?(?:for everyone )?if i (?:just )?(?:disappeared|was gone|wasnt here|"
            r"wasnt around|died|was dead)\b",
            r"\b(?:said|saying|written|wrote|writing) (?:my )?(?:goodbyes?|goodbye (?:letters?|notes?)|farewell|"
            r"a (?:suicide )?note)\b",
        ],
        unless=[r"\b(?:prevention|awareness|training|resources|course|charity|research)\b",
                r"\btalk to (?:my|our|a|the) (?:teen\w*|son|daughter|child|children|kids?|students?|class|pupils?) "
                r"about\b"],
    ),
    Rule(
        "Thoughts of harming someone else",
        [r"\b(?:want\w*|urge\w*|thoughts? (?:of|about)|voices? tell\w* me) (?:to )?(?:hurt|harm|kill) "
         r"(?:someone|somebody|people|others|my (?:baby|child|son|daughter|wife|husband|partner|mother|father))"],
    ),
    Rule(
        "Possible poisoning or overdose",
        [
            r"\boverdos\w*|\bod(?:ed|d)\b",
            r"\b(?:handful|bunch|lot|lots|whole (?:bottle|box|pack|packet|strip|sheet)|all|too many|dozen|"
            r"\d{2,}|twenty|thirty|fifty)\b (?:of )?(?:\w+ ){0,3}" + PILLS,
            r"\btoo (?:many|much)\b" + NEAR + r"\b" + PILLS,
            r"\b(?:swallow\w*|drank|drunk|drink\w*|ate|eaten|eat|ingest\w*|lick\w*|chew\w*|got into|sipped|sip|"
            r"mouthful|swig|bit|bitten|bite|suck\w*|in (?:his|her|their) mouth)\b" + SAME
            + r"\b(?:bleach|detergent|laundry pods?|tide pods?|dishwasher (?:tablet|pod)s?|antifreeze|rat poison|"
            r"poison|pesticide|weed ?killer|drain cleaner|batter(?:y|ies)|button batter\w*|magnets?|lamp oil|"
            r"(?:washing|laundry|dishwasher|detergent) (?:\w+ )?(?:capsules?|pods?|tablets?)|liquitabs?|"
            r"paraffin|kerosene|petrol|gasoline|wild mushrooms?|nail polish remover|cleaning (?:product|fluid|"
            r"liquid|spray)|window cleaner|mouthwash|e-?liquid|vape (?:juice|liquid)|essential oil|methanol)",
            r"(?<!food )\bpoison\w*\b(?! ivy| oak)",
            r"\bcarbon monoxide\b|\bco (?:alarm|detector)\b",
            r"\b(?:everyone|everybody|all of us|whole family|the whole house)\b" + SAME
            + r"\b(?:headache|dizzy|sick|drowsy|sleepy)\b[^.?!]*\b(?:boilers?|heaters?|gas fires?|generators?|stoves?|"
            r"furnaces?)\b",
            r"\b(?:toddler|baby|child|kid|son|daughter|little one|grandson|granddaughter|little (?:boy|girl)|niece|"
            r"nephew|\d{1,2}[\s-]*(?:year|yr|month)s?[\s-]*old)\b" + SAME
            + r"\b(?:swallow\w*|ate|eaten|got into|drank|chewed|bit|sucked)\b" + SAME + r"\b" + PILLS,
            r"\b(?:got into|into) (?:my|the|his|her|grans?|grandmas?|nans?) (?:handbag|bag|purse|medicine|pill|"
            r"tablet)\w*\b" + SAME + r"\b(?:ate|eaten|swallow\w*|chew\w*|some|empty|missing)\b",
        ],
        unless=[r"\bpoison(?:ing)? ivy\b",
                r"\b(?:what should i do if|in case|ever (?:swallows?|eats?|drinks?)|how (?:do|can) i (?:prevent|stop|"
                r"childproof)|want to be prepared)\b"],
    ),
    Rule(
        # Alcohol poisoning and carbon monoxide: the exposure alone is common, with a lowered consciousness it is not.
        "Possible poisoning or overdose",
        [
            r"\b(?:drank|drunk|downed|had|drinking) (?:\w+ ){0,4}(?:vodka|alcohol|spirits|whisk(?:e)?y|gin|rum|tequila|"
            r"shots|booze)\b",
            r"\b(?:charcoal|bbq|barbecue|generator|gas (?:heater|fire|stove)|camping stove|engine running)\b" + SAME
            + r"\b(?:indoors|inside|in (?:the|a|our|his|her) (?:tent|garage|caravan|house|room|kitchen|shed))\b"
            r"|\b(?:indoors|inside|in (?:the|a|our|his|her) (?:tent|garage|caravan|shed))\b" + SAME
            + r"\b(?:charcoal|bbq|barbecue|generator|gas heater|camping stove|engine running)\b",
        ],
        requires=[r"\b(?:passed out|cant wake|wont wake|unconscious|unresponsive|not responding|confus\w*|drows\w*|"
                  r"collaps\w*|breathing (?:slow\w*|strange\w*|funny)|slow breathing|"
                  r"choking on (?:\w+ )?(?:vomit|sick)|fit|fitting|seizure|headache|dizzy)\b|" + NO_SENSE],
    ),
    Rule(
        "A young baby (under 3 months) with a fever",
        [BABY_AGE],
        requires=[FEVER],
    ),
    Rule(
        "Severe difficulty breathing",
        [
            r"\b(?:cant|cannot|can not|couldnt|could not|unable to|struggling to|struggle to|fighting to|fight to|"
            r"hardly|barely|gasping to|gasping for|not able to)\s+(?:catch (?:my|his|her|a|their) )?"
            r"(?:get (?:a |my |his |her |their |any )?)?"
            + BREATH,
            r"\bgasp\w*\b",
            r"\b(?:lips|face|fingernails|nails|fingers|skin|mouth)\b" + NEAR
            + r"\b(?:blue|grey|gray|purple|bluish|dusky)\b",
            r"\bblue lips\b",
            r"\bchok\w*\b",
            r"\b(?:inhaler|nebuli[sz]er|puffer|ventolin|salbutamol|albuterol)\b" + SAME + r"\b" + NOT_HELPING,
            r"\b(?:cant|cannot|couldnt|unable to) (?:talk|speak|say|finish|get out) (?:in )?"
            r"(?:full |whole |a |his |her |my )?(?:sentences?|words?)\b"
            r"|\btoo (?:breathless|out of breath|wheezy) to (?:talk|speak|walk|eat|stand)\b",
            r"\bgrunt\w* (?:with|when|as|on) (?:every|each)? ?(?:breath\w*)|\bnostrils? (?:are |is )?flar\w*|"
            r"\bflaring (?:his |her |their )?nostrils\b|\bhead bobbing\b",
            r"\bwheez\w* (?:so |really |very )?(?:badly|bad|terribly|loudly)\b",
            r"\b(?:stopped|stops|not|isnt|wasnt|wont start) " + BREATH + r"\b",
            r"\b(?:severe|bad|serious|worst)\b" + NEAR + r"\basthma attack",
            r"\bsuffocat\w*",
            r"\b(?:ribs?|skin|chest|tummy) (?:between (?:his|her|the) ribs )?(?:is |are )?"
            r"(?:sucking|pulling|caving) in\b",
        ],
        unless=[
            r"\bthrough (?:my|his|her|the) nose\b",
            r"\b(?:snor\w*|sleep apnea|sleep apnoea|in (?:his|her|my) sleep|at night)\b",
            r"\bchoking (?:sensation|feeling)\b" + SAME + r"\b(?:anxi\w*|panic|stress\w*|lump)",
            r"\bswallow\w* (?:pills|tablets)\b",
        ],
    ),
    Rule(
        "A seizure that is long, repeated or the first one",
        [
            r"\b(?:seizure\w*|seizing|convuls\w*|having a fit|had a fit|fitting)\b" + SAME
            + r"\b(?:(?:\d+|five|ten|several|over|more than) (?:minutes|mins)|wont stop|will not stop|not stopping|"
            r"doesnt stop|keeps? (?:having|coming)|back to back|one after (?:another|the other)|still (?:shaking|"
            r"jerking|seizing|twitching)|wont wake|not waking|blue|first (?:ever )?(?:one|time))",
            r"\bfirst (?:ever )?(?:seizure|convulsion|fit)\b",
            r"\bstatus epilepticus\b",
            r"\b(?:shaking|jerking|twitching) (?:all over|uncontrollabl\w*)\b" + SAME
            + r"\b(?:wont|cant|not) (?:stop|respond\w*|wake)",
        ],
    ),
    Rule(
        # A first seizure, told as "never had one before" while it happens; "I have never had a seizure" alone is not.
        "A seizure that is long, repeated or the first one",
        [r"\bnever (?:had|had one|had a) (?:seizure|fit|convulsion)s? before\b"],
        requires=[r"\b(?:shaking|shook|jerking|jerked|stiff|twitching|fitting|convuls\w*|seizing|eyes rolled|foaming|"
                  r"(?:just|suddenly) had (?:a|one))\b"],
    ),
    Rule(
        "Loss of consciousness",
        [
            r"\bunconscious\b|\bunresponsive\b|\bnot responding\b|\bnon ?responsive\b",
            r"\b(?:wont|will not|cant|cannot|couldnt|wouldnt|hard to|difficult to) (?:wake (?:\w+ ){0,2}up|"
            r"wake (?:him|her|them)|be woken|rouse)",
            r"\b(?:wont|doesnt|does not|isnt|is not|not) respond\w*",
            r"\bcollaps\w*\b",
            r"\blost consciousness\b|\bknocked (?:out|unconscious)\b|\bloss of consciousness\b",
            r"\b(?:hes|shes|he is|she is|theyre|they are|keeps) (?:not|no longer) (?:answering|reacting|responding)\b"
            r"|\b(?:he|she|they|him|her) (?:doesnt|didnt|wont|isnt) (?:react\w*|answer\w*)\b",
            r"\b(?:cant|cannot|couldnt) (?:get|make) (?:him|her|them|my \w+) (?:to )?"
            r"(?:wake|respond|come round|come to)\b",
        ],
        unless=[r"\blung\b", r"\b(?:trachea|vein|arch|arches|collapsed disc)\b"],
    ),
    Rule(
        "Fainting with warning signs",
        [r"\b(?:faint\w*|pass\w* out|passed out|black\w* out)\b"],
        requires=[
            r"\b(?:chest|heart|palpitation\w*|racing|exercis\w*|running|while (?:running|playing|exercising)|"
            r"hit (?:my|his|her) head|minutes|seizure|pregnan\w*|blood thinner\w*|again and again|keeps? "
            r"(?:faint\w*|pass\w* out)|several times|twice today|short of " + BREATH + r")\b"
        ],
        unless=[r"\b(?:sight of blood|see blood|seeing blood|needles?|blood test|years ago|as a (?:kid|child|teen))\b"],
    ),
    Rule(
        "Severe head injury",
        [
            r"\b(?:hit|hits|bang\w*|bump\w*|knock\w*|smack\w*|struck|fell on|fall on|landed on|injur\w*|trauma|"
            r"whack\w*|slammed)\b" + SAME + r"\bhead\b",
            r"\bhead (?:injur\w*|trauma|wound)\b|\bconcuss\w*",
            r"\bhead (?:hit|smashed|banged|slammed|struck|went into|bounced off)\b",
        ],
        requires=[
            r"\b(?:vomit\w*|throw\w* up|threw up|sick (?:twice|again|several)|confus\w*|drows\w*|sleepy|"
            r"wont wake|unconscious|pass\w* out|knocked out|blacked out|fluid (?:\w+ ){0,2}(?:from|out of)|"
            r"blood (?:from|out of|coming)|seizure\w*|fit|unequal|pupils?|slurr\w*|blood thinner\w*|warfarin|"
            r"eliquis|apixaban|rivaroxaban|worse|severe headache|cant remember|memory|dizz\w*|"
            r"not making sense|acting strange\w*|weird\w*)\b",
            r"\b(?:same (?:questions?|things?) (?:over|again)|repeat\w* (?:himself|herself|themselves|the same|"
            r"questions)|cant remember (?:what happened|the (?:fall|crash|accident|hit)|how (?:he|she|i) got))\b",
        ],
        unless=[r"\b(?:years ago|last year|months ago)\b"],
    ),
    Rule(
        # Repeating the same questions or not remembering the accident is the lay sign of a brain injury, also when
        # the patient does not say the head was hit.
        "Severe head injury",
        [r"\b(?:car (?:crash|accident)|crash\w*|collision|accident|fell|fall|fallen|punched|assault\w*|attacked|"
         r"came off (?:his|her|my) (?:bike|horse))\b"],
        requires=[r"\b(?:same (?:questions?|things?) (?:over|again)|repeat\w* (?:himself|herself|themselves|the same|"
            r"questions)|cant remember (?:what happened|the (?:fall|crash|accident|hit)|how (?:he|she|i) got))\b",
                  r"\b(?:knocked out|blacked out|clear fluid|fluid (?:\w+ ){0,2}(?:from|out of) (?:his|her|my) "
                  r"(?:nose|ears?))\b"],
        unless=[r"\b(?:years ago|last year|months ago)\b"],
    ),
    Rule(
        "Possible skull fracture",
        [r"\bskull fracture\b|\bfractured skull\b|\bcracked skull\b"],
    ),
    Rule(
        "Possible sepsis or meningitis",
        [
            r"\bsepsis\b|\bseptic\b|\bblood poisoning\b|\bmeningitis\b",
            r"\brash\b" + SAME + r"\b(?:doesnt|does not|didnt|wont|not) (?:fade|go away|disappear|blanch)\b" + SAME
            + r"\bglass\b",
            r"\bglass test\b|\bnon[\s-]?blanching\b",
            r"\b(?:rash|spots|marks|blotches|dots)\b" + SAME + r"\b(?:dont|doesnt|didnt|wont|not) (?:fade|go away|"
            r"disappear|go white|go pale|blanch|change)\b" + NEAR + r"\b(?:press\w*|push\w*|glass|squeez\w*)",
            r"\bred (?:streak|streaks|line|lines)\b" + SAME + r"\b(?:spread\w*|going up|up (?:my|his|her) (?:arm|leg)|"
            r"from (?:the|a|my) (?:cut|wound|bite))",
        ],
        unless=[r"\b(?:last year|years? ago|months ago|in general|vaccin\w*|prevent\w*|risk of|as a (?:child|kid|baby|"
                r"teenager)|when i was (?:a |little|young))\b", LEARNING],
    ),
    Rule(
        "Possible sepsis or meningitis",
        [FEVER],
        requires=[
            r"\b(?:confus\w*|delirious|mottled|blotchy|stiff neck|neck (?:is )?stiff|cant bend (?:his|her|my) neck|"
            r"floppy|limp|lethargic|hard to wake|not peed|no (?:urine|pee|wet nappies|wet diapers)|shivering "
            r"uncontrollabl\w*|rigors|purple (?:spots|rash)|very fast (?:heart|breathing)|not making sense|"
            r"breathing (?:really |very |so )?(?:fast|quick\w*|rapid\w*)|(?:fast|rapid) breathing|muddled|"
            r"disorient\w*|(?:blood pressure|bp)\b[^.?!]{0,40}\b(?:[4-8]\d)/\d\d)\b",
            r"\bneck (?:\w+ ){0,2}(?:hurts|hurting|pain\w*|sore|stiff) (?:when|to|if) (?:he |she |i |they )?"
            r"(?:bend|move|look down|touch)\w*"
            r"|\b(?:light|lights|bright lights?) (?:\w+ )?(?:hurts?|hurting|bother\w*)\b"
            r"|\b(?:cant stand|cant bear|hates|sensitive to) (?:the )?(?:bright )?lights?\b|\bphotophob\w*",
        ],
    ),
    Rule(
        # Sepsis in the words of the UK Sepsis Trust's signs: an infection with extreme shivering, a racing heart,
        # mottled skin, no urine or "I feel like I'm going to die".
        "Possible sepsis or meningitis",
        [r"\b(?:infection|infected|uti|cellulitis|pneumonia|abscess|wound|after (?:my |the |her |his )?(?:operation|"
         r"surgery|op|birth|c-?section|procedure))\b"],
        requires=[r"\b(?:shaking (?:uncontrollabl\w*|all over|violently)|shivering (?:uncontrollabl\w*|violently|badly|"
                  r"all over)|rigors|teeth (?:are )?chattering|freezing cold|(?:like|that) (?:im|i am|i was|hes|shes) "
                  r"(?:going to |gonna )?(?:die|dying)|heart (?:is )?(?:racing|pounding)|confus\w*|mottled|blotchy|"
                  r"no (?:urine|pee)|not (?:peed|weed)|havent (?:peed|weed)|"
                  r"breathing (?:really |very |so )?(?:fast|quick\w*|rapid\w*)|(?:fast|rapid) breathing|slurr\w*|"
                  r"muddled|disorient\w*|delirious)\b"],
        unless=[r"\b(?:last year|years? ago|months ago|prevent\w*|risk of)\b"],
    ),
    Rule(
        "Severe abdominal pain or bleeding in pregnancy",
        [PREGNANT],
        requires=[
            SEVERE + r"\b" + SAME + r"\b(?:abdominal|abdomen|stomach|belly|tummy|pelvic|pelvis|side|cramp\w*|"
            r"pain|shoulder tip)",
            r"\b(?:bleeding heavily|heavy bleeding|bleeding a lot|lots of blood|soak\w*|clots?|gush\w*|"
            r"waters? (?:broke|breaking|have broken)|fluid leaking|bright red blood|passing clots)\b"
            r"|\bblood (?:\w+ ){0,2}(?:running|pouring|gushing|dripping|trickling) down\b",
            r"\bbaby (?:isnt|is not|not|stopped|hasnt|has not|hasnt been|havent felt|doesnt seem to be) "
            r"(?:moving|kicking|been moving)|\b(?:reduced|fewer|less|no) (?:fetal |foetal )?(?:movements?|kicks)\b",
            r"\b(?:severe|bad|terrible|awful|splitting|pounding|really bad|worst) headache\b"
            r"|\b(?:blurred|blurry|flashing|spots in) (?:vision|lights)\b" + SAME
            + r"\b(?:swell\w*|swollen|puff\w*|headache)",
            r"\bfit\b|\bseizure\b",
        ],
    ),
    Rule("Possible ectopic pregnancy", [r"\bectopic\b"]),
    Rule(
        "Sudden severe testicle pain (possible torsion)",
        [
            r"\b(?:sudden\w*|severe|intense|excruciating|agoni[sz]ing|unbearable|really bad|worst|terrible|awful|"
            r"horrible|extreme)\b" + SAME
            + r"\b(?:testic\w*|testes|testis|balls?|scrotum|nuts)\b",
            r"\b(?:testic\w*|testis|balls?|scrotum)\b" + SAME + r"\b(?:suddenly|sudden|excruciating|unbearable|"
            r"twisted|torsion|swollen and (?:hard|red))",
        ],
    ),
    Rule(
        "Severe abdominal pain",
        [
            r"\bworst\b" + NEAR + r"\b(?:stomach|belly|abdominal|tummy|abdomen)\b" + NEAR + r"\bpain\b",
            r"\b(?:belly|stomach|abdomen|tummy)\b" + NEAR + r"\b(?:rigid|hard as a board|board[\s-]?like)\b",
            r"\b(?:cant|cannot|couldnt) (?:stand up|move|walk)\b" + SAME + r"\b(?:stomach|belly|abdominal|tummy)\b"
            + NEAR + r"\bpain",
            r"\b(?:excruciating|unbearable|agoni[sz]ing)\b" + NEAR + r"\b(?:stomach|belly|abdominal|tummy)\b",
        ],
    ),
    Rule(
        "Possible blood clot in the lungs",
        [r"\b(?:swollen|swelling|painful|sore|red|hot) (?:calf|leg|thigh)\b"
         r"|\b(?:calf|leg) (?:is )?(?:swollen|swelling)"],
        requires=[r"\bshort(?:ness)? of " + BREATH + r"|\bout of " + BREATH + r"|\bchest pain\b|\bcough\w* (?:up )?"
                  r"blood\b|\bcant " + BREATH],
    ),
    Rule(
        "Possible diabetic emergency",
        [
            r"\bdka\b|\bketoacidosis\b|\bdiabetic coma\b|\bhyperosmolar\b",
            r"\b(?:meter|monitor|reader|sensor|libre)\b (?:just )?(?:says|reads|shows|showing|said) (?:hi|high|lo)\b",
            r"\b(?:pear drops|nail polish|fruity)\b" + SAME + r"\bbreath|\bbreath\b" + SAME
            + r"\b(?:pear drops|fruity|nail polish)",
            r"\b(?:blood )?(?:sugar|glucose)\b" + NEAR + r"\b(?:[5-9]\d\d|hi|high on the meter|over 30|above 30|"
            r"2\.\d|1\.\d)\b" + SAME + r"\b(?:vomit\w*|confus\w*|drows\w*|cant wake|breath\w*|ketones?)",
            r"\b(?:hypo|low (?:blood )?sugar|sugar (?:went|is|was|dropped|crashed) (?:very |really |so )?low)\b"
            + SAME + r"\b(?:unconscious|confus\w*|cant wake|wont wake|"
            r"seizure|fit|collaps\w*|not making sense|passed out)",
            r"\b(?:diabet\w*|type (?:1|one)|insulin)\b[^.?!]{0,80}\b(?:confus\w*|cant wake|wont wake|unconscious|"
            r"unresponsive|fitting|seizure|collaps\w*|passed out|slurr\w*)\b|\b(?:diabet\w*|type (?:1|one)|insulin)\b"
            r"[^.?!]{0,80}" + NO_SENSE,
        ],
        unless=[r"\b(?:dementia|alzheimer\w*)\b"],
    ),
    Rule(
        # DKA: high ketones or deep, fast breathing, with vomiting or drowsiness or in a known diabetic.
        "Possible diabetic emergency",
        [r"\bketones?\b" + NEAR + r"\b(?:high|very high|large|dark purple|[2-9](?:\.\d)?)\b|\b(?:high|large) ketones\b",
         r"\bbreathing (?:really |very )?(?:deep(?:ly)? and fast|fast and deep)\b|\bdeep sighing breath"],
        requires=[r"\b(?:vomit\w*|throw\w* up|threw up|being sick|drows\w*|confus\w*|stomach pain|tummy pain|"
                  r"abdominal pain|diabet\w*|type (?:1|one)|insulin)\b"],
    ),
    Rule(
        "Serious burn or chemical injury",
        [
            r"\bchemical\w*\b" + SAME + r"\b(?:eye|eyes)\b",
            r"\b(?:bleach|acid|lye|oven cleaner|drain cleaner|ammonia|cleaner|detergent|cement|lime)\b" + SAME
            + r"\b(?:eye|eyes)\b",
            r"\b(?:burn\w*|scald\w*)\b" + SAME + r"\b(?:whole (?:arm|leg|back|chest)|large|face|airway|electric\w*|"
            r"white and leathery|charred|all over)",
            r"\b(?:burnt|burned|a burn|burns|scald\w*|boiling|scalding|hot (?:water|oil|fat|tea|coffee)|flames?|"
            r"on fire)\b[^.?!]{0,60}\b(?:skin (?:\w+ )?(?:peeling|coming|came|hanging|falling) off|peeling off|"
            r"(?:big|huge|large) blisters?|chest|neck|genital\w*|bigger than (?:my|his|her|a) (?:hand|palm))\b",
            r"\belectr(?:ic shock|ocut\w*)\b",
        ],
        unless=[r"\bsun ?burn\w*\b", r"\brazor burn\b", r"\bburning (?:sensation|feeling)\b"],
    ),
]

NEGATION_WORDS = {
    "no", "not", "never", "without", "denies", "deny", "dont", "havent", "hasnt", "isnt", "wasnt", "nor",
    "none", "didnt", "arent", "werent", "free",
}
# Words that turn a nearby "not" into uncertainty, which must not hide a warning ("not sure why I can't breathe").
HEDGES = {"sure", "know", "why", "if", "whether", "what", "certain", "just", "only"}


def _negated(text: str, start: int) -> bool:
    clause = re.split(r"[.?!;,]| but | and ", text[:start])[-1]
    window = clause.split()[-3:]
    return bool(NEGATION_WORDS.intersection(window)) and not HEDGES.intersection(window)


def _sentence_at(text: str, start: int, end: int) -> str:
    left = max(text.rfind(mark, 0, start) for mark in ".?!")
    rights = [i for i in (text.find(mark, end) for mark in ".?!") if i != -1]
    return text[left + 1 : min(rights) if rights else len(text)]


def _hits(pattern: re.Pattern, text: str) -> list[re.Match]:
    return [m for m in pattern.finditer(text) if not _negated(text, m.start())]


def _rule_fires(rule: Rule, text: str) -> bool:
    hits = [m for p in rule._patterns for m in _hits(p, text)]
    hits = [m for m in hits if not any(u.search(_sentence_at(text, m.start(), m.end())) for u in rule._unless)]
    if not hits:
        return False
    return not rule._requires or any(_hits(p, text) for p in rule._requires)


def rule_reasons(text: str) -> list[str]:
    """Reasons given by the rules alone, in rule order, without repeats."""
    normalised = normalise(text)
    reasons: list[str] = []
    for rule in RULES:
        if rule.reason not in reasons and _rule_fires(rule, normalised):
            reasons.append(rule.reason)
    return reasons


# The learned classifier's families (askdoc/intake/data/emergency_written) as the warning's reasons.
FAMILY_REASONS = {
    "heart attack": "Possible heart attack signs",
    "stroke": "Possible stroke signs",
    "sudden severe headache": "Sudden severe headache (possible bleeding in the brain)",
    "sudden vision loss": "Sudden loss of vision",
    "anaphylaxis": "Possible severe allergic reaction (anaphylaxis)",
    "severe bleeding": "Severe bleeding",
    "vomiting or coughing blood": "Vomiting or coughing up blood (possible internal bleeding)",
    "suicidal thoughts": "Suicidal thoughts or self-harm",
    "harming others": "Thoughts of harming someone else",
    "poisoning or overdose": "Possible poisoning or overdose",
    "young baby with fever": "A young baby (under 3 months) with a fever",
    "severe breathing difficulty": "Severe difficulty breathing",
    "seizure": "A seizure that is long, repeated or the first one",
    "unconsciousness": "Loss of consciousness",
    "head injury": "Severe head injury",
    "sepsis or meningitis": "Possible sepsis or meningitis",
    "pregnancy emergency": "Severe abdominal pain or bleeding in pregnancy",
    "testicular torsion": "Sudden severe testicle pain (possible torsion)",
    "severe abdominal pain": "Severe abdominal pain",
    "blood clot in lung": "Possible blood clot in the lungs",
    "diabetic emergency": "Possible diabetic emergency",
    "burns or chemical injury": "Serious burn or chemical injury",
}
OTHER_REASON = "Warning signs that need urgent care"
# The classifier's own decision boundary (more likely an emergency than not): not tuned.
LEARNED_THRESHOLD = 0.5


def learned_reasons(text: str) -> list[str]:
    """The learned classifier's reason, when it finds the text more likely an emergency than not."""
    from askdoc.intake import learned

    if not semantic.enabled():
        return []
    result = learned.emergency_probability(text)
    if result is None or result[0] < LEARNED_THRESHOLD:
        return []
    return [FAMILY_REASONS.get(result[1], OTHER_REASON)]


def detect(text: str) -> list[str]:
    """Reasons this text may describe an emergency (empty when none): the rules' first, then the learned
    classifier's (when the encoder is there), without repeats."""
    reasons = rule_reasons(text)
    return reasons + [reason for reason in learned_reasons(text) if reason not in reasons]


def warning_text() -> str:
    number = settings.ASKDOC_EMERGENCY_NUMBER
    return _(
        "This may be an emergency. Call {number} now or go to the nearest emergency department. "
        "Do not wait for an answer here."
    ).format(number=number)
