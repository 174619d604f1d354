"""Red flags read from the words a family or a referring clinician types, in English and Spanish.

The free text of a request form (message, questions, clinical summary) is searched for the signs
of the red-flag table (spineclinic/redflags.py), in lay words, common misspellings and clinical
shorthand. This module only says which signs are mentioned and whether a mention looks denied;
how urgent a sign is always comes from the table. When in doubt it matches: a false alarm costs
a phone call, a missed emergency can cost a person the ability to walk.
"""

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from itertools import count

from spineclinic import redflags


@dataclass(frozen=True)
class WordMatch:
    key: str  # a key of spineclinic.redflags.BY_KEY
    words: str  # the words that triggered it, as the person wrote them (trimmed, <= 60 chars)
    negated: bool  # True when the mention looks denied ("no bladder problems", "sin debilidad")


MAX_WORDS = 60

# -- Normalising -----------------------------------------------------------------------------

# Removed outright, so that "can't", "can’t" and "cant" read the same.
_APOSTROPHES = frozenset("'\u2019\u2018`\u00b4\u02bc\u2032")
# A denial never reaches across these.
_HARD_BREAKS = frozenset(".!?;\n\r\u2028\u2029")
# A plain "no" does not reach across these, a listing denial ("denies ...") does.
_SOFT_BREAKS = frozenset(",:()[]\u2013\u2014")


@dataclass(frozen=True)
class _Text:
    text: str  # normalised: lower case, no accents or punctuation, single spaces
    origin: list  # origin[i]: index in the original text of text[i]
    hard: list  # sorted indexes of the spaces that stand for a sentence break
    breaks: frozenset  # the same, to look up
    soft: frozenset  # indexes of the spaces that stand for a comma, colon or dash


def _normalise(original):
    chars, origin, hard, soft = [], [], [], set()
    previous = " "
    for index, char in enumerate(original):
        if char in _APOSTROPHES:
            continue
        if char in _HARD_BREAKS:
            kind = "hard"
        elif char in _SOFT_BREAKS or (char == "-" and previous.isspace()):
            kind = "soft"
        else:
            kind = None
        previous = char
        for piece in unicodedata.normalize("NFKD", char.lower()):
            if unicodedata.combining(piece):
                continue
            if piece.isalnum():
                chars.append(piece)
                origin.append(index)
                continue
            if not chars:
                continue
            if chars[-1] != " ":
                chars.append(" ")
                origin.append(index)
            if kind == "hard" and (not hard or hard[-1] != len(chars) - 1):
                hard.append(len(chars) - 1)
            elif kind == "soft":
                soft.add(len(chars) - 1)
    if chars and chars[-1] == " ":
        chars.pop()
        origin.pop()
    if hard and hard[-1] >= len(chars):
        hard.pop()
    return _Text("".join(chars), origin, hard, frozenset(hard), frozenset(soft))


def normalise(text):
    """The text as the patterns read it: lower case, no accents, apostrophes or punctuation."""
    return _normalise(text or "").text


# -- Pattern building blocks ------------------------------------------------------------------

# A gap of a few words never runs over a "but".
_GAP_STOP = r"(?!(?:but|pero|however|aunque|although|though|sino|except|excepto)\b)"
_gap_names = count()


def _w(most):
    """Up to `most` words, as few as possible; a denial inside does not count."""
    return rf"(?: {_GAP_STOP}\w+){{0,{most}}}?"


def _g(most, avoid=""):
    """Up to `most` words, as few as possible; a denial inside ("legs are not weak") counts."""
    stop = rf"(?!(?:{avoid})\b)" if avoid else ""
    return rf"(?P<g{next(_gap_names)}>(?: {_GAP_STOP}{stop}\w+){{0,{most}}}?)"


POSS = r"(?:my|his|her|their|your|our|the|both|one|either|a|its|left|right)"
P_ = rf"(?:{POSS} )?"
LEG = (
    r"(?:legs?|leggs?|feet|foot|knees?|thighs?|ankles?|toes?|lower limbs?|limbs?"
    r"|lower extremit(?:y|ies)|extremit(?:y|ies))"
)
ARM = r"(?:arms?|hands?|fingers?|wrists?|upper limbs?|upper extremit(?:y|ies))"
LIMB = rf"(?:{LEG}|{ARM})"
CANT = (
    r"(?:cant|cannot|can not|cnt|can hardly|can barely|could hardly|could barely|barely|hardly"
    r"|unable to|not able to|isnt able to|wasnt able to|no longer able to|not been able to"
    r"|hasnt been able to|havent been able to|can no longer|could no longer|no longer|couldnt"
    r"|could not|struggles to|struggling to|struggled to|hard for (?:him|her|me|them) to"
    r"|hard to|difficult to|doesnt|does not|dont|do not|didnt|did not|wont|will not)"
)
TROUBLE = (
    r"(?:trouble|troubles|difficulty|difficulties|dificulty|dificulties|difficulity|problems?"
    r"|issues?|a hard time|hard time|struggling|struggles|struggle)(?: with)?"
)
WALK_V = (
    r"(?:wal+k|wlak|stand(?: up)?(?! (?:the|this|that|it|him|her|them|being|how|waiting|when"
    r"|to|people|anyone|anybody)\b)|get up|get out of (?:bed|a chair|the chair|his chair"
    r"|her chair)|climb (?:the )?stairs|(?:keep )?(?:his |her |my |their )?balance"
    r"|bear weight|weight bear|put (?:any )?weight on (?:\w+ )?(?:legs?|feet|foot)"
    r"|get around|move around|mobili[sz]e|ambulate)"
)
WALKING = (
    r"(?:wal+king|wal+kin|walkng|wlaking|wal+k|standing(?: up)?|stand(?: up)?|getting up"
    r"|getting out of (?:bed|a chair|the chair)"
    r"|balancing|(?:his |her |my |their |the |keeping (?:his |her |my )?)?balance|ambulating"
    r"|getting around|moving around|climbing (?:the )?stairs|weight bearing)"
)
WEAKN = r"w(?:ea|ee|ae|e|a|ei)ke?n[eia]?s{1,2}(?:es)?"  # weakness, weaknes, weekness ...
WEAK = r"(?:weak|weaker|weakened|weeak|weakk|waek|feeble)"
NUMBW = r"(?:numb(?:ed|ish)?|numb?n?e?[ei]?s{1,2}|numbeness)"  # numbness, numbess, numness ...
TINGLE = (
    r"(?:ting[ea]?l\w*|pins?(?: and| an| n)? needl\w*|paraesthes\w*|paresthes\w*|parasthes\w*"
    r"|parestes\w*|dysaesthes\w*|dysesthes\w*|hypoaesthes\w*|hypoesthes\w*|hypesthes\w*"
    r"|hipoestes\w*|disestes\w*)"
)
NUMB_ANY = (
    rf"(?:{NUMBW}|{TINGLE}|no feeling|no sensation|(?:cant|cannot|doesnt|dont|can not|couldnt)"
    r" (?:really )?feel(?: anything| much)?|lost (?:all )?(?:feeling|sensation)"
    r"|loss of (?:feeling|sensation)|reduced (?:feeling|sensation))"
)
SADDLE = (
    r"(?:between (?:my|his|her|the|their|your) (?:legs|thighs)|down there"
    r"|(?:his|her|my|the|their|your) (?:bottom|bum|butt|buttocks?|backside|behind|groin"
    r"|privates|private (?:parts|area)|genitals?|genital area|crotch|perineum|perineal area"
    r"|anus|back passage|inner thighs?|saddle area|rear end)|buttocks?|groin|genitals?"
    r"|genital area|private (?:parts|area)|privates|crotch|perine\w*|perianal|back passage"
    r"|inner thighs?|saddle area|the saddle)"
)
BODY = (
    r"(?:chest|tummy|stomach|belly|abdomen|abdo|waist|ribs?|rib cage|ribcage|trunk|torso"
    r"|midriff|middle)"
)
BLADDER = r"(?:blad+[ae]?r)"  # bladder, bladdar, blader
BOWEL = r"(?:bowels?|bowl|bowls|bowell?s?|bowles?)"  # "bowl" for bowel is a common slip
PEE = (
    r"(?:pee|peee+|wee|wee wee|urin[ae]?t\w*|urnat\w*|pass (?:urine|water)|piss|void"
    r"|go (?:to the )?(?:toilet|bathroom|loo|restroom|potty)|go pee|make water"
    r"|empty (?:his|her|my|their|the) bladder|do a wee|have a wee|have a pee)"
)
BACK = r"(?:(?:lower |low |lumbar |sacral )?back|spine|spinal|backbone|tailbone|lumbar|sacrum)"
BACKPAIN = (
    rf"(?:backpain|{BACK} (?:pain|pains|ache|aches|aching|hurts|hurting|problems?|discomfort"
    rf"|soreness|is hurting|is sore)|backache|back ache|(?:pain|ache|aching|hurting) in {P_}"
    r"(?:lower |low )?(?:back|spine))"
)
SEVERE_BEFORE = (
    r"(?:worse|worsening|worsen|severe|sever|severely|serious|terrible|terible|horrible"
    r"|horrendous|awful|excruciating|unbearable|unberable|unbearible|agoni[sz]ing|intense"
    r"|intolerable|extreme|crippling|debilitating|constant|non stop|nonstop|relentless"
    r"|persistent|continuous|continual|unrelenting|increasing|escalating|progressive|worst"
    r"|really bad|very bad)"
)
SEVERE_AFTER = (
    r"(?:worse|worsening|wors|worst|getting worse|gotten worse|got worse|gets worse|much worse"
    r"|severe|sever|terrible|terible|horrible|awful|excruciating|unbearable|unberable|agoni\w*"
    r"|intense|intolerable|extreme|constant|constantly|non stop|nonstop|all the time"
    r"|relentless|persistent|continuous|24 7|day and night|wont stop|doesnt stop|never stops"
    r"|not stopping|wont go away|doesnt go away|not going away|never goes away|increas\w*"
    r"|escalat\w*|killing (?:him|her|me|them)|so bad|really bad|very bad|unrelenting|crippling)"
)
PAIN = r"(?:pain|pains|painful|hurts?|hurting|ache|aches|aching|agony|sore)"
RADIATES_TO = (
    r"(?:legs?|arms?|feet|foot|buttocks?|butt|bum|thighs?|hands?|fingers?|shins?|calf|calves"
    r"|knees?|ankles?|toes?|hips?|groin|shoulders?|ribs?|chest|tummy|stomach|belly|abdomen"
    r"|sides?|front|elbows?|wrists?)"
)
NIGHT = (
    r"(?:at night|at nite|in the night|during the night|nighttime|night time|overnight"
    r"|every night|all night|through the night|at nights|nights)"
)
STRAIN = (
    r"(?:cough\w*|coff\w*|sneez\w*|snez\w*|strain\w*|bear\w* down|push\w* (?:on the toilet"
    r"|to poo|to go)|go\w* to the (?:toilet|bathroom|loo)|(?:on )?the (?:toilet|loo)"
    r"|(?:a |having a )?bowel movements?|poo\w*|laugh\w*)"
)
WOUND = (
    r"(?:wound|woond|wond|incision|incison|scar|stitches|staples|sutures|dressing"
    r"|surgical site|operation site|surgery site|drain site)"
)
WOUND_BAD = (
    r"(?:red|reddish|redder|redness|swollen|swelling|swelled|hot|warm|inflamed|pus|puss|pussy"
    r"|infected|infection|infecte|smell\w*|stinks?|stinking|opening|opened|open|came apart"
    r"|coming apart|splitting|split|gaping|bleeding|bleeds|yellow|green|crusty|angry)"
)
WOUND_LEAK = (
    r"(?:oozing|oozes|ooze|oozed|leaking|leaks|leak|leaked|weeping|weeps|draining|drains"
    r"|drainage|discharg\w*|seeping|seeps|wet|soaked|dripping)"
)
PROGRESSING = (
    r"(?:progressive|progressively|progressing|worsening|worse|deteriorating|declining"
    r"|increasing|evolving|escalating|rapidly worsening|rapidly progressive)"
)
DEFICIT = (
    rf"(?:neuro\w*|deficits?|neurology|weakness|{WEAKN}|paresis|parapar\w*|tetrapar\w*"
    r"|myelopath\w*|motor \w+|sensory (?:loss|level|deficits?|changes)|numbness|gait"
    r"|ambulation|mobility|power|paralysis|leg function|limb function)"
)

# Spanish
NO_PUEDE = (
    r"(?:no (?:puede|puedo|pueden|podia|podemos|pudo|pude|ha podido|he podido|logra|logro"
    r"|consigue|es capaz de|se puede|me puedo|se pudo|se podia)|ya no (?:puede|puedo|pudo)"
    r"|casi no (?:puede|puedo)|le cuesta(?: trabajo)?|me cuesta(?: trabajo)?"
    r"|(?:tiene |tengo |con )?dificultad(?:es)? (?:para|al)|problemas (?:para|al)"
    r"|le es dificil|me es dificil|trabajo para)"
)
CAMINAR = (
    r"(?:caminar|caminr|kaminar|andar|pararse|pararme|parar|ponerse de pie|ponerme de pie"
    r"|ponerse en pie|levantarse|levantarme|mantenerse de pie|mantenerme de pie"
    r"|mantenerse en pie|sostenerse|sostenerme|mantener el equilibrio"
    r"|subir (?:las )?escaleras|dar (?:unos |un )?pasos?)"
)
ORINAR = (
    r"(?:h?orinar|urinar|miccionar|hacer (?:pipi|pis|chis|del uno|del bano|popo|caca|del dos)"
    r"|mear|ir al bano|vaciar la vejiga)"
)
LIMB_ES = (
    r"(?:piernas?|pies?|brazos?|manos?|rodillas?|muslos?|dedos?|extremidades?"
    r"|miembros? (?:inferiores|superiores))"
)
WEAK_ES = r"(?:d[eu][bv]il(?:es)?|d[eu][bv]ilitad[oa]s?|flojas?|flojos?|sin fuerzas?)"
NUMB_ES = (
    r"(?:entum\w*|adormec\w*|dormid[oa]s?|h?ormigue\w*|no (?:siento|siente|sentia|sintio)"
    r"(?: nada)?|sin sensibilidad|perdida de (?:la )?sensibilidad|no tiene sensibilidad"
    r"|anestesia)"
)
SADDLE_ES = (
    r"(?:entre (?:las|sus|mis) piernas|(?:las |sus |mis |los |el |la |su |mi )?(?:nalgas"
    r"|gluteos|pompis|pompas|trasero|partes intimas|parte intima|genitales|entrepierna|perine"
    r"|ano|vagina|pene|sentaderas|asentaderas|zona intima)|silla de montar)"
)
BACK_ES = (
    r"(?:espalda(?: baja)?|columna(?: vertebral)?|cintura|lumbar|lumbares|rinones|coxis"
    r"|parte baja de la espalda|baja espalda)"
)
BACKPAIN_ES = (
    rf"(?:dolor\w* (?:de |en |del )?(?:la |el |su |mi )?{BACK_ES}"
    rf"|(?:me |le |nos )?duele (?:mucho )?(?:la |el |su |mi )?{BACK_ES}|lumbalgia|lumbago)"
)
SEVERE_ES = (
    r"(?:empeora\w*|ha empeorado|peor|cada vez (?:mas|peor|mayor)|muy fuerte|fuerte|fortisimo"
    r"|intens[oa]|insoportable|terrible|horrible|constante|continuo|continua|todo el tiempo"
    r"|no se (?:le |me )?quita|no (?:le |me )?para|no se va|no cede|sever[oa]|espantoso"
    r"|mucho mas|mas fuerte|aumenta\w*|va en aumento|dia y noche|sin parar)"
)
RADIATES_TO_ES = (
    r"(?:piernas?|brazos?|pies?|gluteos?|nalgas?|manos?|dedos?|muslos?|pantorrillas?"
    r"|rodillas?|costillas|pecho|abdomen|panza|barriga|ingle|cadera)"
)


# -- The patterns, by red-flag key ------------------------------------------------------------

# (key, patterns, keys it gives way to): a match of a rule with keys to give way to is dropped
# when it overlaps a match of one of those keys, e.g. "numb" inside "numb between the legs".
_RULES = [
    (
        "weakness",
        [
            rf"\b(?:(?:le|ble|bue|ue|bilateral|bilat|leg|arm|limb|lower limb|lower extremity"
            r"|upper limb|motor|focal|proximal|distal|left|right|new|progressive|mild|severe"
            rf"|subjective|objective|generali[sz]ed) )*{WEAKN}\b",
            rf"\b{LIMB}{_g(3)} {WEAK}\b",
            rf"\b{LIMB} (?:are|is|feel|feels|felt|r|so|very) (?:so |very |really )?"
            r"(?:week|weke)\b",
            rf"\b{WEAK}{_w(1)} {LIMB}\b",
            rf"\b(?:week|weke) {LIMB}\b",
            rf"\b{LIMB}{_g(3)} (?:heavy|like lead|like concrete)\b",
            rf"\b{LIMB}{_w(6)} {CANT} (?:lift|move|raise|bend|use) (?:them|it)\b",
            r"\bweak (?:on|down) (?:the |his |her |my |one )?(?:left|right|one) (?:side|half)\b",
            r"\b(?:getting|growing|becoming|gotten|got|feels?|feeling) weaker\b",
            r"\b(?:no|lost|losing|loss of|lack of|without|reduced|decreased|little|less|lost all"
            rf"|losing all) (?:\w+ )?(?:strength|power|movement|use|function|control)"
            rf" (?:in|of|on){_w(2)} {LIMB}\b",
            r"\b(?:lost|losing|no) (?:all )?(?:his |her |my |their )?strength\b",
            rf"\b{CANT}{_w(1)} (?:move|lift|raise|bend|wiggle|use|control|straighten|hold up|grip"
            rf"|grasp|squeeze|flex|point){_w(2)} {LIMB}\b",
            rf"\b{CANT} (?:hold|grip|grasp|carry|lift) (?:a |his |her |my |the )?(?:cup|glass|pen"
            r"|fork|spoon|phone|things|anything)\b",
            rf"\b{LIMB}{_g(6)} (?:gave|give|gives|giving|keeps giving|kept giving|went|go"
            r"|going) (?:way|out)\b",
            rf"\b(?:legs?|knees?){_g(1)} (?:buckl\w*|folding|folded|fold)\b",
            r"\bbuckl\w* (?:knees?|legs?)\b",
            rf"\b(?:legs?|feet|arms?|knees?){_w(3)} (?:like|are|feel|feels) (?:like )?(?:jelly"
            r"|jello|rubber|noodles?|spaghetti|wet noodles|cooked spaghetti|lead|concrete"
            r"|dead weights?)\b",
            r"\b(?:jelly|jello|rubbery|rubber|noodle|wobbly) legs\b",
            rf"\b{LIMB}{_w(2)} (?:dont|doesnt|do not|does not|wont|will not|arent|isnt|stopped"
            r"|no longer|not) (?:\w+ )?(?:work\w*|respond\w*|move|moving|cooperat\w*|listen\w*"
            r"|hold (?:him|her|me|them)(?: up)?|support (?:him|her|me|them)|obey\w*)\b",
            r"\bparal[iy][sz]\w*|\bparalyt\w*|\bparalitic\w*|\bparaplegi\w*|\bquadripleg\w*"
            r"|\btetrapleg\w*|\bhemipleg\w*|\bparapar\w*|\btetrapar\w*|\bquadripar\w*"
            r"|\bhemipar\w*|\bmonopar\w*|\bparesis\b|\bparetic\b",
            rf"\b(?:dragging|draging|drags|drag|dragged|scuffing|scuffs){_w(2)} (?:foot|feet|leg"
            r"|legs|toes?)\b",
            r"\b(?:trips?|tripping|catches|catching) (?:over|on) (?:his |her |my |their )?"
            r"(?:own )?(?:foot|feet|toes?)\b",
            r"\b(?:foot ?drop|drop ?foot|dropped foot|floppy foot|foot (?:is )?(?:dropping"
            r"|slapping|flopping|floppy))\b",
            r"\bdropping (?:things|stuff|objects|cups|everything)\b|\bdrops things\b",
            r"\b(?:not|isnt|stopped|no longer|barely|hardly) (?:moving|lifting|using|bending)"
            rf"(?: (?:his|her|my|their|the|both|either))? {LIMB}\b",
            r"\b(?:weak|weaker|poor|reduced|lost|losing|loss of|no) grip\b"
            r"|\bgrip (?:is |has )?(?:\w+ )?(?:weak|weaker|gone|poor|worse)\b",
            r"\b(?:motor|focal|neuro|neurologic|neurological) (?:deficits?|loss|weakness"
            r"|dysfunction|impairment|signs)\b",
            rf"\b(?:power|strength|motor|mrc|{WEAKN}|weak|flexion|extension|dorsiflexion"
            r"|plantarflexion|plantar flexion|flexors?|extensors?|grip|quads?|quadriceps"
            rf"|hamstrings?|ehl|deltoids?|biceps|triceps|iliopsoas|tibialis anterior){_w(4)}"
            r" [0-4] 5\b",
            rf"\b[0-4] 5 (?:power|strength|weakness|motor|bilaterally|throughout"
            rf"|in{_w(2)} {LIMB})\b",
            # Spanish
            r"\bd[eu][bv]ilida\w*|\bdebilid\w*",
            rf"\b{LIMB_ES}{_g(3)} {WEAK_ES}\b",
            rf"\b{WEAK_ES}{_w(2)} {LIMB_ES}\b",
            r"\b(?:sin fuerzas?|no tiene fuerzas?|no tengo fuerzas?|poca fuerza"
            r"|perdio (?:la |las )?fuerzas?|perdida de (?:la )?fuerza|perdiendo (?:la )?fuerza"
            r"|falta de fuerza|(?:le|me) falta fuerza|ya no tiene fuerza)\b",
            r"\b(?:se|me|le|te|nos)(?: le| me)? (?:doblan|doblaron|dobla|doblo|doblaba|doblaban"
            r"|van|iban|fueron|fue|fallan|fallaron|falla|fallo|fallaban|aflojan|aflojaron)"
            r"(?: \w+)?? (?:las |la |sus |mis |una |su |mi )?(?:piernas?|rodillas?)\b",
            r"\b(?:piernas?|rodillas?) (?:se |le |me |lo |la )+(?:doblan|doblaron|fallan"
            r"|fallaron|van|aflojan)\b",
            r"\bno (?:le |me |lo |la )?(?:responden|responde|sostienen|sostiene|aguantan|funcionan"
            r"|obedecen) (?:las |sus |mis |la |su |mi )?(?:piernas?|brazos?|pies?)\b",
            r"\b(?:piernas?|brazos?|pies?) (?:ya )?no (?:le |me |lo |la )?(?:responden|responde"
            r"|sostienen|sostiene|aguantan|funcionan|obedecen)\b",
            r"\b(?:piernas?|brazos?) (?:como|de) (?:gelatina|trapo|hule|chicle|algodon)\b",
            rf"\b{NO_PUEDE}{_w(1)} (?:mover|levantar|doblar|estirar|usar|apretar){_w(2)}"
            rf" {LIMB_ES}\b",
            r"\bno mueve (?:\w+ )?(?:las |sus |la |su )?(?:piernas?|brazos?|pies?)\b",
            r"\bparaliz\w*|\bparalisis\b",
            r"\b(?:arrastra|arrastrando|arrastraba)(?: \w+)?? (?:el |la |los |las |su |sus )?"
            r"(?:pies?|piernas?)\b|\bpie caido\b",
            r"\bse (?:le|me) caen las cosas\b",
            rf"\b{LIMB_ES}{_g(2)} (?:pesad[oa]s?|como plomo)\b",
        ],
        (),
    ),
    (
        "balance",
        [
            rf"\b{CANT}{_w(2)} {WALK_V}\b",
            rf"\b{TROUBLE}{_w(2)} {WALKING}\b",
            r"\b(?:not|isnt|is not|hasnt been|stopped|no longer|barely|hardly) (?:\w+ )?"
            r"(?:wal+king|walkin|standing)\b",
            r"\bdif+icult (?:\w+ )?(?:walking|to walk|standing)\b",
            r"\b(?:needs?|needed|needing|requires?) (?:\w+ )?(?:help|assistance|support|someone"
            r"|a hand|holding)(?: \w+)?? (?:to |with |for |when )?(?:walk|walking|stand|standing"
            r"|get up|getting up|move|moving)\b",
            r"\bhelp (?:him|her|me|them) (?:to )?(?:walk|stand|get up|get around)\b",
            r"\b(?:now |started |start |had to start |has to |have to )(?:using|uses?|needs?"
            r"|needing) (?:a |an )?(?:walker|walking frame|frame|zimmer|cane|walking stick|stick"
            r"|crutches|wheelchair|wheel chair)\b",
            r"\b(?:keeps?|kept|keep on|keeps on|been|is|was|started|starts|always|constantly)"
            r" (?:falling|fallin|faling|tripping|stumbling|collapsing|losing (?:his |her |my )?"
            r"balance)\b",
            r"\b(?:falling|fallin|faling|fell|falls?|fallen) (?:over|down)\b",
            r"\b(?:fell|has fallen|have fallen|had a fall|had falls|falls) (?:again|twice"
            r"|several times|a few times|many times|\w+ times)\b",
            r"\b(?:multiple|recurrent|frequent|several|repeated|many|new|two|three|recent)"
            r" falls\b",
            r"\b(?:he|she|i|they|legs?|knees?|mom|dad|mother|father|husband|wife) (?:just )?"
            r"collaps(?:ed|es|ing)\b",
            r"\bwobbl\w*|\bwoble\w*|\bunstea?d(?:y|iness|ily)\b",
            r"\bunstable (?:on|when|while|walking|gait)\b",
            r"\boff balance\b|\bout of balance\b",
            r"\b(?:loss|lost|losing|lose|loses) (?:of )?(?:his |her |my |their )?(?:balance"
            r"|footing)\b",
            rf"\b(?:balance|gait|footing){_g(2)} (?:off|bad|poor|worse|terrible|awful|wobbly"
            r"|weird|strange|funny|not right|gone|problems?|issues?|affected)\b",
            r"\b(?:wal+king|walkin) (?:is |has been |got |gotten |getting |seems |looks )"
            r"(?:\w+ )?(?:off|bad|poor|worse|terrible|awful|wobbly|weird|strange|funny|unsteady"
            r"|difficult|hard|slow)\b",
            r"\b(?:poor|bad|reduced|impaired|terrible|no) balance\b",
            r"\b(?:stagger\w*|stumbl\w*|shuffl\w*|veering|lurching)\b",
            r"\b(?:keeps?|kept|been|always|constantly) tripping\b|\btrip(?:s|ping) (?:a lot"
            r"|all the time|over nothing)\b",
            r"\bse (?:tropieza|tropezo|tropiezan|tropezaba)\b|\btropiez\w*",
            r"\bwal+k\w* like (?:a |he is |she is |hes |shes |he was |she was |im |i am |i was )?"
            r"(?:drunk|a drunk|drunken)\b|\bdrunk(?:en)? (?:walk\w*|gait)\b",
            r"\b(?:hold\w*|holds|grab\w*|lean\w*|clutch\w*|using|uses|use) (?:on to |onto |on "
            r"|to )?(?:the |to the )?(?:walls?|furniture|railings?|counters?|door frames?)\b",
            r"\bdizzy (?:when|while|as) (?:he |she |i |they )?(?:walk|stand|get up)\w*",
            r"\bclumsy\b|\bclumsiness\b",
            r"\bataxi\w*",
            r"\bgait (?:disturbance|abnormalit\w*|instability|unsteadiness|ataxia|impairment"
            r"|disorder|problems?|difficult\w*|change\w*|dysfunction|deteriorat\w*)\b",
            r"\b(?:unsteady|ataxic|abnormal|broad based|wide based|spastic|impaired|poor"
            r"|shuffling|unstable|festinating|altered) gait\b",
            r"\b(?:non ?ambulatory|non ?ambulant|unable to ambulate|cannot ambulate"
            r"|cant ambulate|no longer ambulat\w*|not ambulating|difficulty ambulating"
            r"|loss of ambulation|lost (?:the )?ability to (?:walk|ambulate|stand)|bed ?bound"
            r"|bed ?ridden|chair ?bound|wheelchair ?bound)\b",
            r"\b(?:positive romberg\w*|romberg\w* (?:positive|sign))\b",
            # Spanish
            rf"\b{NO_PUEDE}{_w(2)} {CAMINAR}\b",
            r"\bcamina (?:con (?:mucha )?dificultad|con trabajo|muy mal|apenas)\b"
            r"|\bapenas (?:camina|anda|se para|puede caminar|puede andar)\b",
            r"\b(?:ya no|no) (?:camina|anda|se para|se levanta|se sostiene"
            r"|se mantiene (?:de pie|en pie|parad[oa])|se puede sostener|se puede mantener)\b",
            r"\b(?:se|me) (?:cae|caen|cayo|callo|caia|ha caido|han caido|he caido|esta cayendo"
            r"|cai|caigo|caemos)\b(?! (?:el|la|los|las) (?:pelo|cabello|dientes?|unas|cosas))",
            r"\bcaidas (?:frecuentes|repetidas|recientes|constantes)\b"
            r"|\b(?:varias|muchas|dos|tres) caidas\b",
            r"\binestab\w*|\bdesequilibr\w*",
            r"\b(?:pierde|perdio|pierdo|perdiendo|perdida (?:de|del)|sin|falta de|poco|mal"
            r"|problemas de|problemas con el) (?:el )?equilibrio\b",
            r"\bmare(?:ad[oa]s?|os?) (?:al|cuando|para) (?:camina\w*|anda\w*|pararse"
            r"|levantarse|esta de pie)\b|\bse marea al (?:caminar|pararse|levantarse)\b",
            r"\bcamina (?:como )?(?:borrach[oa]|tambaleando|raro|chueco|mal|torcido|de lado)\b"
            r"|\btambale\w*|\bse (?:va|iba|fue) (?:de lado|para (?:un |el )?lado|hacia un lado)\b"
            r"|\bse ladea\b",
            r"\bse agarra (?:de|a) (?:las paredes|los muebles|la pared)\b|\b(?:agarrandose"
            r"|apoyandose|sosteniendose|deteniendose) (?:de|en|a) (?:las paredes|los muebles"
            r"|la pared)\b",
            r"\bnecesita ayuda para (?:caminar|pararse|levantarse|andar|ponerse de pie)\b",
            r"\b(?:alteracion|trastorno|dificultad|problemas) (?:de|en) la marcha\b"
            r"|\bmarcha (?:inestable|ataxica|alterada|anormal|torpe)\b",
        ],
        (),
    ),
    (
        "numbness",
        [
            rf"\b{NUMBW}\b",
            rf"\b{TINGLE}\b",
            rf"\b{LIMB}{_g(3)} (?:num|numm)\b",
            rf"\b(?:{CANT}|no|lost|losing|loss of|reduced|decreased|less|altered|diminished"
            r"|absent|impaired) (?:\w+ )?(?:feel|feeling|feelings|sensation|sense|sensory)"
            rf"(?: (?:in|of|on|to))?{_w(2)} {LIMB}\b",
            rf"\b{LIMB}{_g(3)} (?:asleep|dead|fuzzy|wooden|like cotton wool|frozen)\b",
            r"\b(?:sensory (?:loss|deficits?|changes?|disturbance|symptoms|impairment"
            r"|abnormalit\w*)|(?:reduced|decreased|altered|diminished|absent|impaired|loss of"
            r"|lost) (?:sensation|sensory|light touch|pin ?prick|proprioception"
            r"|vibration sense|feeling))\b",
            rf"\b(?:{NUMB_ANY}|numb){_w(3)} (?:from|below) (?:the |his |her |my )?(?:waist|chest"
            r"|hips?|belly button|navel|ribs|nipples?|bottom)(?: down)?\b",
            rf"\b{LIMB}{_w(6)} (?:cant|cannot|can not|doesnt|dont) (?:really )?feel (?:them|it)\b",
            # Spanish
            r"\bno (?:siente|siento|sentia)(?: nada)?(?: \w+){0,3}? (?:de|desde) (?:la cintura"
            r"|el pecho|las caderas|el ombligo) (?:para|hacia) abajo\b",
            rf"\bhormigas (?:en|por) (?:los |las |sus |mis |el |la )?{LIMB_ES}\b",
            r"\bentum\w*|\badormec\w*|\bh?ormigue\w*|\bh?ormige\w*|\bcosquille\w*",
            rf"\bdormid[oa]s? (?:las |los |la |el |sus |mis )?{LIMB_ES}\b"
            rf"|\b{LIMB_ES} (?:\w+ )?dormid[oa]s?\b",
            r"\bse (?:me|le|nos) (?:duerme|duermen|durmio|durmieron)(?: \w+)?? "
            rf"(?:las |los |la |el |sus |mis )?{LIMB_ES}\b",
            r"\bno (?:siento|siente|sentia|sienta|sentimos|sintio)(?: nada)?(?: \w+)?? (?:en )?"
            rf"(?:las |los |la |el |sus |mis |su |mi )?{LIMB_ES}\b",
            r"\b(?:perdida|perdio|perdi|sin|falta|disminucion|no tiene|no tengo|poca) (?:de )?"
            r"(?:la )?sensibilidad\b",
        ],
        ("numbness_saddle", "numbness_band"),
    ),
    (
        "numbness_band",
        [
            rf"\b{NUMB_ANY}{_g(4)} (?:band|belt|girdle|strip|stripe|line|level)\b",
            rf"\b(?:band|belt|girdle|strip|stripe|line|ring) (?:of )?(?:\w+ )?(?:{NUMBW}|{TINGLE}"
            r"|no feeling)\b",
            rf"\b{NUMB_ANY}{_g(2)} (?:across|around|round|over|in|on){_w(2)} {BODY}\b",
            rf"\b{BODY}{_g(3)} (?:numb|tingly|tingling)\b",
            r"\bsensory level\b|\blevel of sensory\b|\bsensory loss below\b",
            r"\bnumb (?:below|from) (?:the )?(?:chest|waist|nipples?|belly button|navel|ribs)\b",
            # Spanish
            rf"\b{NUMB_ES}{_g(2)} (?:en|alrededor de|por) (?:el |la |las |los |su |mi )?"
            r"(?:pecho|torax|abdomen|panza|barriga|cintura|estomago|costillas|vientre)\b",
            r"\bnivel sensitivo\b",
        ],
        (),
    ),
    (
        # A band with no word of pain or numbness is read as the more urgent numbness; with a
        # word of pain near it, it is the band-like pain of radiating_pain instead.
        "numbness_band",
        [
            r"\b(?:tight |tightening |squeezing |strange |weird |a )?band (?:around|round"
            r"|across|over|like)\b",
            r"\btight band\b|\blike a (?:tight )?(?:band|belt|girdle|corset|vice|vise)\b",
            r"\bband ?like\b|\b(?:belt|girdle|corset) (?:around|round|across|like)\b",
            r"\b(?:tightness|squeezing|squeeze|pressure|tight feeling|tight sensation)"
            rf" (?:around|round) (?:his |her |my |the |their )?{BODY}\b",
            r"\b(?:sensacion de|siente|siento|como si tuviera|como si trajera) (?:como )?"
            r"(?:una |un )?(?:faja|cinturon|banda|cincho)\b",
        ],
        ("radiating_pain",),
    ),
    (
        "numbness_saddle",
        [
            rf"\b{NUMB_ANY}{_g(4)} {SADDLE}\b",
            rf"\b{SADDLE}{_g(3)} (?:numb\w*|tingl\w*|dead|asleep|strange|weird|different"
            r"|funny)\b",
            r"\b(?:numb|tingly|tingling|dead) (?:bum|butt|bottom|backside|groin|crotch"
            r"|privates)\b",
            r"\bsaddle (?:numbness|anaesthes\w*|anesthes\w*|anaesthetic|anesthetic|area|region"
            r"|distribution|sensory \w+|paraesthes\w*|paresthes\w*|hypo\w*|sensation|loss"
            r"|numb\w*)\b",
            r"\b(?:perineal|perianal|perineum) (?:numbness|anaesthes\w*|anesthes\w*"
            r"|sensory \w+|sensation|hypo\w*|paraesthes\w*|paresthes\w*|numb\w*)\b",
            r"\b(?:reduced|decreased|absent|altered|loss of|lost|no) (?:perineal|perianal"
            r"|saddle) (?:sensation|sensory|feeling)\b",
            r"\b(?:(?:cant|cannot|doesnt|dont|can not|no longer) (?:really )?feel|no (?:feeling"
            rf"|sensation)|numb\w*|(?:reduced|less|lost) (?:feeling|sensation)){_w(3)}"
            r" (?:wip\w*|toilet paper)\b",
            # Spanish
            rf"\b{NUMB_ES}{_g(3)} {SADDLE_ES}\b",
            rf"\b{SADDLE_ES}{_g(2)} (?:entumid[oa]s?|entumecid[oa]s?|dormid[oa]s?"
            r"|adormecid[oa]s?|adormilad[oa]s?)\b",
            rf"\bno (?:siento|siente|sentia){_w(2)} (?:al limpiar\w*|cuando (?:me|se) limpi\w*)",
        ],
        (),
    ),
    (
        "bladder_bowel",
        [
            r"\b(?:wet|wetting|wets|peed|pees|peeing|pee|pissed|pissing|weed|weeing|pooped|poops"
            r"|pooping|pooed|pood|poo|soiled|soils|soiling|messed|shat|shit|dirtied) (?:\w+ )?"
            r"(?:him|her|my|them|your|our|his)sel(?:f|ves|fs)\b",
            r"\b(?:wet|wetting|wets|peed|pooped|pooed|pissed|soiled|soiling|messed) (?:the bed"
            r"|(?:his|her|my|their) (?:pants|trousers|bed|underwear|clothes|nappy|diaper|sheets"
            r"|chair))\b|\bbed ?wetting\b",
            r"\b(?<!car )(?<!road )(?<!traffic )(?<!work )(?<!bike )(?<!motor )accidents\b",
            r"\b(?:bladder|bowel|toilet|toileting|bathroom|potty|wetting|soiling) accidents?\b",
            r"\baccidents? (?:in|on|with) (?:his|her|my|the|their) (?:pants|bed|trousers"
            r"|underwear|diaper|nappy|chair|sleep)\b",
            r"\bin[ck]ont[ie]n\w*",
            r"\b(?<!fluid )(?<!water )(?<!salt )(?<!sodium )retention\b",
            rf"\b{CANT}{_w(3)} {PEE}\b",
            rf"\b{CANT} hold (?:it|(?:his|her|my|their|the) (?:pee|urine|wee|bladder|bowels?"
            r"|poo|water|stool))(?: in)?\b",
            rf"\b{CANT}{_w(1)} control (?:his |her |my |their |the )?(?:{BLADDER}|{BOWEL}|pee"
            r"|urine|poo|wee|bowel movements|toileting|stool)\b",
            r"\b(?:cant|cannot|doesnt|dont|does not|do not|no longer) (?:feel|tell|know|sense)"
            r"(?: when| if| that)? (?:he|she|i|they) (?:needs?|has|have) to (?:pee|wee|go"
            r"|urinate|poo|empty)\b",
            r"\b(?:havent|hasnt|have not|has not|hadnt|had not|not|didnt|did not|barely|hardly)"
            r" (?:\w+ )?(?:\w+ )?(?:peed|pee|peeing|urinated|urinate|urinating|weed|wee|weeing"
            r"|passed (?:any )?(?:urine|water)|passing (?:any )?(?:urine|water)"
            r"|voided|void)\b",
            r"\b(?:hasnt|havent|has not|have not|not|hadnt|didnt) (?:been|gone|went|go) (?:to )?"
            r"(?:the )?(?:bathroom|toilet|loo|restroom)\b",
            r"\b(?:peeing|weeing|urinating) (?:much |a lot |very )?less\b|\bless (?:pee|urine)\b",
            r"\b(?:no|low|not much|hardly any) urine (?:output|since|for|in|today)\b"
            r"|\banuri\w*",
            rf"\b(?:lost|losing|loss of|lose|loses|no|poor|reduced|decreased|without|lack of"
            rf"|little|less|zero|bad) (?:\w+ )?control (?:of|over|with) (?:his |her |my |their "
            rf"|the )?(?:{BLADDER}|{BOWEL}|urine|pee|wee|bowel movements|toileting|stool)\b",
            rf"\b(?:lost|losing|loss of|no|poor|reduced|without|lack of|little|bad) (?:\w+ )?"
            rf"(?:{BLADDER}|{BOWEL}|urinary|toilet) control\b",
            rf"\b(?:trouble|troubles|difficulty|dificulty|difficulties|problems?|issues?"
            rf"|struggling|changes?|hard time|accidents?)(?: with| in| of| to)? (?:his |her |my "
            rf"|their |the )?(?:{BLADDER}|{BOWEL}|peeing|urinating|urination|passing urine"
            rf"|passing water|weeing|toileting|going to the toilet|going to the bathroom"
            rf"|emptying (?:his |her |my |the )?{BLADDER})\b",
            rf"\b{BLADDER}(?: (?:and|or|n|and or)(?: (?:his|her|my|the))? {BOWEL})? (?:problems?"
            r"|issues?|trouble|troubles|dysfunction|symptoms?|accidents?|leak\w*|incontinence"
            r"|retention|changes?|disturbance|involvement|weakness|failure|difficult\w*"
            r"|control (?:problems?|issues?|trouble|is (?:gone|poor|bad|worse|off|lost))"
            r"|(?:is not|isnt|not|has stopped|stopped|is no longer|no longer"
            r"|doesnt seem to be) working|function (?:is |has )?(?:affected"
            r"|impaired|abnormal|changed|altered|poor|reduced|worse|compromised|off|gone|lost))\b",
            rf"\b{BOWEL} (?:and |or |n )?(?:{BLADDER} )?(?:problems?|issues?|dysfunction"
            r"|incontinence|accidents?|control problems|leak\w*|changes?|symptoms?)\b",
            r"\b(?:leak\w*|dribbl\w*|loss of) (?:\w+ )?(?:urine|pee|wee|stool|poo)\b"
            r"|\b(?:urine|pee|wee|urinary|stool) (?:leak\w*|dribbl\w*)\b|\bdribbl\w*",
            r"\burinary (?:urgency|hesitancy|frequency|symptoms|dysfunction|problems?|issues?"
            r"|changes?|leak\w*|retention|incontinence)\b",
            r"\b(?:reduced|decreased|loss of|lax|absent|poor|diminished) (?:anal|rectal)"
            r" (?:tone|sphincter\w*|squeeze)\b|\bsphincter (?:dysfunction|disturbance"
            r"|involvement|problems?|weakness|loss)\b",
            r"\b(?:needs?|needed|need|had to have) (?:a |an )?(?:urinary )?cath(?:eter)?\b"
            r"|\bcatheteri[sz]ed\b",
            r"\b(?:wearing|wears|needs?|started (?:wearing|using)|using|uses|in) (?:\w+ )?"
            r"(?:diapers?|nappies|nappy|depends|incontinence pads|pull ups|pullups)\b",
            r"\bcauda equina\b|\bces\b",
            r"\b(?:pee\w*|poo\w*|wee\w*|going|went|goes|go)(?: to the (?:bathroom|toilet|loo))?"
            r" (?:in|on) (?:his|her|my|their|the) (?:pants|trousers|bed|underwear|diaper|nappy"
            r"|chair)\b",
            rf"\b{BLADDER}{_g(3)} (?:never|doesnt|dont|not|isnt|wont) (?:\w+ )?(?:empty|empties"
            r"|emptying)\b",
            rf"\b{BLADDER} (?:feels|is|always|still) (?:\w+ )?full\b",
            # Spanish
            rf"\b{NO_PUEDE}{_w(3)} {ORINAR}\b",
            r"\b(?:ya no|no) (?:camina|anda|se para|se levanta|puede \w+)(?: \w+)?? ni (?:orina"
            r"|orino|hace pipi|hace popo|controla\w*)\b",
            r"\b(?:ya no|no|casi no) (?:ha |he |han )?(?:orina|orino|orinado|hace pipi"
            r"|hizo pipi|hecho pipi|mea)\b",
            r"\b(?:sin|lleva(?: \w+){1,3} sin) (?:poder )?(?:orinar|hacer pipi)\b",
            r"\b(?:se|me|nos) (?:orino|orina|orinaba|orinan|orine)\b",
            r"\b(?:se|me|nos) (?:hizo|hace|hice|hago|hacia) (?:\w+ )?(?:encima|en la cama"
            r"|en los pantalones|en la ropa|en el panal|pipi|pis|popo|caca|del bano|del dos)\b",
            r"\bse (?:le |me )?(?:sale|salio|escapa|escapo|salen|escapan) (?:la |el )?(?:orina"
            r"|pipi|pis|popo|caca|heces)\b",
            r"\bno (?:controla|controlo|controlaba|puede controlar|puedo controlar|aguanta"
            r"|aguanto|puede aguantar|puedo aguantar|retiene|detiene|puede retener"
            r"|puedo retener|puede contener|puedo contener|contiene)(?: \w+){0,2}? (?:vejiga"
            r"|orina|pipi|pis|esfinter\w*|intestino\w*|heces|popo|caca|ganas|bano)\b",
            r"\b(?:perdi\w*|perdida|sin|no tiene|no tengo|falta de)(?: \w+){0,2}? control"
            r"(?: \w+){0,3}? (?:vejiga|orina|esfinter\w*|intestino\w*|heces|bano)\b",
            r"\bretencion (?:de (?:la )?orina|urinaria)\b",
            r"\b(?:ya )?no (?:siente|siento|sentia)(?: \w+){0,3}? (?:orinar|ganas de (?:orinar"
            r"|hacer pipi|ir al bano)|hacer pipi|ir al bano)\b",
            r"\b(?:usa|usar|ponerle|necesita|con|usando) (?:un |unos )?panal\w*\b",
            r"\b(?:sonda|cateter) (?:\w+ )?(?:para )?(?:orinar|orina|vejiga)\b",
            r"\bproblemas (?:de|con|en|para) (?:la |su |mi )?(?:vejiga|orina|orinar"
            r"|esfinter\w*|intestino)\b",
            r"\bcola de caballo\b",
        ],
        (),
    ),
    (
        "suspected_compression",
        [
            r"\b(?:(?:spinal|epidural|thecal sac|thecal|metastatic|malignant) )*cord"
            r" (?:compression|compresion|compromise|impingement|effacement|deformation"
            r"|deformity|displacement|compressed|is compressed|being compressed|squashed"
            r"|squeezed)\b",
            rf"\bcompress\w*{_w(1)} (?:of |on |onto )?(?:the |his |her |my |their )?(?:spinal )?"
            r"(?:cord|nerves|nerve roots?|cauda equina|thecal sac)\b",
            r"\b(?:press\w*|push\w*|squeez\w*|squash\w*|impinging|impinges|impinge|abutting"
            r"|abuts|touching|growing into|invading|encroach\w*|indenting|deforming|displacing)"
            r" (?:on |onto |into |against |upon )?(?:the |his |her |my |their )?(?:spinal )?"
            r"(?:cord|spinal nerves|nerves|nerve roots|cauda equina|spinal canal|thecal sac)\b",
            r"\bnerve root compression\b|\bcord (?:signal|oedema|edema|contusion)\b",
            r"\bcord syndrome\b|\bconus (?:medullaris )?(?:syndrome|compression)\b",
            r"\bm ?scc\b|\bcauda equina\b|\bces\b|\bcanal compromise\b"
            r"|\bthecal sac (?:compression|effacement|indentation)\b",
            r"\bmyelopath\w*|\blong tract signs?\b|\b(?:upgoing|up going|extensor) plantars?\b"
            r"|\bhyperreflexi\w*|\bclonus\b|\bpositive (?:babinski|hoffmann?s?)\b"
            r"|\b(?:babinski|hoffmann?s?)(?: sign)? (?:is )?positive\b",
            # Spanish
            r"\bcompresion (?:medular|de (?:la )?medula(?: espinal)?|de la cola de caballo"
            r"|del cordon|de (?:los |las )?(?:nervios|raices)|radicular|de medula)\b",
            r"\b(?:comprime|comprimiendo|presiona|presionando|aprieta|apretando|aplasta"
            r"|aplastando|empuja|empujando)(?: \w+)?? (?:la |los |las )?(?:medula|nervios|raices"
            r"|cola de caballo)\b",
            r"\bsindrome de (?:la )?cola de caballo\b|\bmielopat\w*",
        ],
        (),
    ),
    (
        "radiating_pain",
        [
            rf"\b(?:pain|pains|ache|aching|hurting|burning){_w(3)} (?:shoot\w*|shot|radiat\w*"
            r"|runs|run|running|ran|goes|go|going|went|travel\w*|spread\w*|mov\w*|extend\w*"
            r"|comes|coming|zings|zinging|wraps?|wrapping) (?:all )?(?:the way )?(?:down|into|to"
            rf"|along|through|in|around|round|across|up){_w(4)} {RADIATES_TO}\b",
            r"\b(?:shooting|radiating|electric|electrical|burning|stabbing|searing|zinging"
            r"|lightning|nerve|sciatic|shock like) (?:pains?|sensations?|shocks?|feelings?"
            rf"|jolts?)(?: \w+)?? (?:down|into|in|through|along|to|from){_w(3)} {RADIATES_TO}\b",
            rf"\b(?:pain|pains|ache) (?:down|into){_w(2)} {RADIATES_TO}\b",
            r"\b(?:shoots|shot|shooting|radiates|radiating|travels|travelling|traveling|zaps"
            rf"|zings) (?:down|into|through|along){_w(2)} {RADIATES_TO}\b",
            r"\b(?:sc|s|c)iatic\w*|\bsciactica\b",
            r"\bradicul\w*",
            r"\b(?:pinched|trapped|compressed|irritated|squashed|pinching|pinches) (?:a )?"
            r"nerves?\b|\bnerve root (?:compression|pain|impingement|irritation|entrapment)\b"
            r"|\bnerve (?:pain|pains) (?:down|into|in)(?: \w+)?? (?:legs?|arms?)\b",
            r"\bbrachialgia\b|\bcruralgia\b|\bdermatomal pain\b|\blhermitte\w*"
            r"|\belectric (?:shocks?|shock like|jolts?|zaps?)\b",
            rf"\b(?:pain\w*|ache\w*|aching|hurts?|hurting){_g(5)} (?:band|belt|girdle|corset"
            r"|vice|vise)\b",
            rf"\b(?:band|belt|girdle|corset){_w(4)} (?:pain\w*|ache\w*|hurts?|hurting|sore"
            r"|painful)\b",
            rf"\bwrap\w* (?:all the way )?(?:around|round) (?:his |her |my |the |their )?{BODY}\b",
            # Spanish
            rf"\bdolor\w*{_w(3)} (?:que )?(?:le |me |se )?(?:baja|bajaba|bajan|corre|corria"
            r"|recorre|irradia|irradiado|irradiada|se extiende|se va|va|pasa|jala|llega"
            rf"|se pasa)(?: hacia| hasta| a| por)?{_w(3)} {RADIATES_TO_ES}\b",
            rf"\bdolor\w*{_w(4)} como (?:una |un )?(?:faja|cinturon|banda|cincho|cinta)\b",
            r"\b(?:faja|cinturon|banda|cincho) de dolor\b",
            rf"\b(?:dolor|duele)\w*{_w(3)} alrededor (?:de |del )?(?:la |el |su |mi |las )?"
            r"(?:pecho|torax|costillas|abdomen|panza|barriga|cintura|estomago)\b",
            r"\bnervios? (?:pinchad[oa]s?|pellizcad[oa]s?|atrapad[oa]s?|comprimid[oa]s?"
            r"|aplastad[oa]s?)\b|\bdolor irradiad[oa]\b|\bpiquetes? (?:en|por) (?:las |la )?"
            r"piernas?\b|\btoques? electric\w*|\bcorrientazos?\b|\bdescargas? electric\w*",
        ],
        (),
    ),
    (
        "neck_back_pain",
        [
            rf"\bneck{_g(2)} (?:pain|pains|ache|aches|aching|hurts|hurting|sore|soreness|painful"
            r"|discomfort|killing (?:him|her|me))\b",
            r"\b(?:pain|ache|aching|soreness|discomfort|hurting|hurts) (?:in|on|at) (?:his |her "
            r"|my |the |their )?neck\b|\bsore neck\b|\bneck ?ache\b|\bcervicalgia\b",
            r"\b(?:upper|mid|middle|thoracic|cervical|dorsal)(?: back| spine| spinal"
            rf"| part of (?:his |her |my |the )?back)?{_g(2)} (?:pain|pains|ache|aches|aching"
            r"|hurts|hurting|sore|soreness|painful|discomfort)\b",
            r"\b(?:pain|ache|aching|soreness|discomfort|hurting|hurts)(?: \w+)?? (?:in|on|of|at"
            r"|across) (?:his |her |my |the |their )?(?:upper|mid|middle|thoracic) (?:back"
            r"|spine)\b",
            r"\bbetween (?:my|his|her|the|their|your) shoulder ?blades\b"
            r"|\bshoulder ?blades? (?:pain|hurt\w*|ache\w*)\b",
            # Spanish
            r"\bdolor\w* (?:de|en|del)(?: el| la| su| mi)? (?:cuello|nuca)\b|\b(?:me|le|nos) duele"
            r" (?:mucho )?(?:el|la|su|mi) (?:cuello|nuca)\b|\b(?:cuello|nuca) (?:me |le )?duele\b"
            r"|\bdolor cervical\b",
            rf"\bdolor\w*{_w(4)} (?:espalda|parte|zona) (?:alta|media|superior|de arriba)\b",
            rf"\b(?:espalda|parte|zona) (?:alta|media|superior)(?: de la espalda)?{_g(3)}"
            r" (?:duele|dolor\w*)\b",
            r"\bentre (?:los |las )?(?:omoplatos|paletas|escapulas)\b|\bdolor dorsal\b"
            r"|\bdorsalgia\b",
        ],
        (),
    ),
    (
        "back_pain",
        [
            rf"\b{SEVERE_BEFORE}{_g(2)} {BACKPAIN}\b",
            rf"\b{BACKPAIN}{_g(5)} {SEVERE_AFTER}\b",
            rf"\bback{_g(2)} (?:is |has been )?killing (?:him|her|me|them)\b",
            r"\b(?:constant|non stop|nonstop|relentless|unrelenting) (?:\w+ )?pain\b",
            # "The pain was worse before radiation" is a past that has passed.
            rf"\bpain{_g(3, 'was|were|used')} (?:is |has been |keeps )?(?:constant|non stop"
            r"|nonstop|relentless|unrelenting|getting worse|worse and worse|worsening"
            r"|(?:much |a lot |way |far )?worse)\b",
            # Spanish
            rf"\b{BACKPAIN_ES}{_g(4)} (?:que )?{SEVERE_ES}\b",
            r"\b(?:fuerte|intenso|terrible|horrible|insoportable|constante|tremendo|severo|mucho)"
            rf" dolor (?:de |en )?(?:la |el |su |mi )?{BACK_ES}\b",
            r"\bdolor\w* (?:muy fuerte|insoportable|intenso|terrible|horrible|constante|continuo)"
            rf" (?:de|en) (?:la |el |su |mi )?{BACK_ES}\b",
            r"\bdolor\w* (?:\w+ )?(?:constante|continuo|que no se (?:le |me )?quita|que no para"
            r"|todo el tiempo)\b",
            rf"\bdolor\w*{_g(3)} (?:que )?(?:empeora\w*|va empeorando|cada vez (?:mas fuerte"
            r"|peor|mayor))\b",
        ],
        (),
    ),
    (
        "night_pain",
        [
            rf"\b(?:pain|pains|hurt\w*|ache\w*|aching|agony){_g(4)} {NIGHT}\b",
            r"\b(?:night|nighttime|night time|nocturnal|overnight) (?:pain|pains|back pain"
            r"|neck pain)\b",
            rf"\b(?:pain|pains|hurt\w*|ache\w*|aching|agony){_g(4)} (?:wakes?|waking|woke"
            r"|wakens?|keeps?|kept|keeping) (?:him|her|me|them|us) (?:up|awake)\b",
            rf"\b(?:wakes?|waking|woke|wakening|wake)(?: up)?{_w(3)} (?:with|from|in|because of"
            r"|due to|by) (?:the |severe |terrible |bad |his |her |my )?(?:pain|back pain"
            r"|neck pain)\b",
            rf"\b{CANT}{_w(2)} sleep\w*{_w(4)} (?:pain|hurt\w*|ache\w*|back|neck)\b",
            rf"\b(?:pain|hurt\w*|back|neck|ache\w*){_w(5)} (?:cant|cannot|can not|unable to"
            r"|couldnt|could not|doesnt let (?:him|her|me)|stops (?:him|her|me) (?:from )?"
            r"|stopping (?:him|her|me) (?:from )?|prevents (?:him|her|me) from"
            r"|keeps (?:him|her|me) from) (?:\w+ )?sleep\w*\b",
            rf"\b(?:worse|hurts? more|worst|more painful|pain\w*|unbearable|agony){_g(2)}"
            r" (?:when |while |if |after )?(?:he |she |i |they )?(?:lying|laying|lie|lay|lies"
            r"|lays) (?:down|flat|in bed|on (?:his|her|my|their) back)\b",
            rf"\b(?:lying|laying) (?:down|flat){_g(2)} (?:makes (?:it|the pain|things) worse"
            r"|is (?:worse|agony|painful|unbearable|impossible)|hurts)\b",
            rf"\b{CANT} (?:lie|lay) (?:down|flat)\b",
            # Spanish
            r"\bno (?:me |le |lo |la |nos |los )?deja(?:n|ba)? dormir\b",
            rf"\bno (?:puede|puedo|podia|pude|pudo) dormir{_w(4)} (?:dolor|duele)\w*",
            rf"\b(?:dolor\w*|duele|duelen|dolia){_g(4)} (?:en la noche|por la noche|de noche"
            r"|por las noches|en las noches|nocturno|toda la noche|en la madrugada)\b",
            r"\bdolor nocturno\b",
            r"\b(?:lo|la|me|le|nos) despierta (?:\w+ )?(?:el )?dolor\b"
            r"|\bel dolor (?:lo|la|me|le) despierta\b|\bse despierta(?: \w+){0,3}? dolor\b",
            rf"\b(?:peor|empeora|duele mas|mas dolor){_g(2)} (?:acostad[oa]s?|al acostarse"
            r"|al acostarme|cuando se acuesta|cuando me acuesto|boca arriba|en la cama)\b",
            r"\bno (?:puede|puedo) (?:estar )?acostad[oa]\b",
        ],
        (),
    ),
    (
        "straining_pain",
        [
            rf"\b(?:pain\w*|hurts?|hurting|worse|agony|killing|excruciating|ache\w*|sharp"
            rf"|stabbing|shooting){_g(4)} (?:when|if|with|on|after|while|during|every time"
            rf"|everytime|each time) (?:he |she |i |they |you )?(?:\w+ )?{STRAIN}\b",
            rf"\b(?:cough\w*|sneez\w*|strain\w*|bear\w* down){_g(3)} (?:hurts?|hurting"
            r"|is painful|painful|pain\w*|agony|kills|worse|makes (?:it|the pain) worse)\b",
            r"\b(?:when|if|every time|everytime|whenever) (?:he |she |i |they |you )(?:cough"
            r"|coughs|sneeze|sneezes|strain|strains|bear down|bears down)\b",
            r"\bstraining\b|\bsneez\w*|\bvalsalva\b",
            r"\b(?:hurts?|painful|agony|pain) to (?:cough|sneeze|strain|laugh|poo|go to the"
            r" (?:toilet|bathroom))\b",
            # Spanish
            rf"\b(?:dolor|duele|molesta|peor)\w*{_g(4)} (?:al|cuando|si) (?:\w+ )?(?:toser|tose"
            r"|toso|tosa|estornud\w*|hacer fuerza|hace fuerza|hago fuerza|pujar|puja|pujo"
            r"|ir al bano|va al bano|reir|rie)\b",
            r"\bal (?:toser|estornudar|hacer fuerza|pujar)\b",
            rf"\b(?:la tos|toser|estornudar|estornudos|pujar){_g(2)} (?:le |me )?(?:duele|dolor"
            r"|empeora)\b",
        ],
        (),
    ),
    (
        "mechanical_pain",
        [
            rf"\b(?:pain\w*|hurts?|hurting|worse|agony|ache\w*){_g(4)} (?:when|if|with|on"
            rf"|every time|whenever) (?:he |she |i |they |you )?(?:\w+ ){{0,2}}(?:mov\w*|sit\w* up"
            r"|stand\w* up|stand\w*|get\w* up|getting out of (?:bed|a chair)|turn\w* over"
            r"|roll\w* over|bend\w*|lift\w*)\b",
            r"\b(?:hurts?|painful|agony) to (?:move|sit up|stand|get up|roll over|turn over)\b",
            rf"\b(?:eases|better|goes away|settles|relieved|only comfortable){_g(3)} (?:when|if"
            r"|while|by|after) (?:he |she |i |they |you )?(?:lie\w*|lying|lay\w*) (?:down|still"
            r"|flat)\b",
            r"\bmechanical (?:back |neck |spin\w* )?pain\b",
            # Spanish
            rf"\b(?:dolor|duele|peor)\w*{_g(4)} (?:al|cuando|si) (?:\w+ )?(?:mover\w*|muev\w*"
            r"|sentar\w*|sient\w*|levantar\w*|levant\w*|par\w*se|ponerse de pie|girar\w*"
            r"|agach\w*)\b",
            r"\bmejora (?:al|cuando) (?:se )?acuesta\w*\b|\bmejora acostad[oa]\b",
        ],
        (),
    ),
    (
        "tender_spot",
        [
            rf"\btender\w*{_w(2)} (?:spot|area|point|place|bit|part|bone|patch|lump|bump"
            r"|vertebra\w*)\b",
            r"\b(?:spine|spinal|vertebra\w*|midline|bony|spinous process\w*|point|percussion"
            rf"|back|neck){_g(2)} tender\w*\b",
            r"\btender(?:ness)? (?:to|on|with) (?:the )?(?:touch|palpation|pressure|percussion"
            r"|press\w*)\b",
            rf"\b(?:hurts?|hurting|pain\w*|sore|agony|ouch){_w(4)} (?:when|if|where){_w(3)}"
            r" (?:press\w*|touch\w*|push\w*|tap\w*|prod\w*|poke\w*|palpat\w*)\b",
            rf"\b(?:pressing|touching|pushing|tapping|prodding|poking)(?: on| onto)?{_w(3)}"
            rf" (?:spine|back|neck|it|there|the spot|vertebra\w*|bone){_w(2)} (?:hurts?|painful"
            r"|is agony|pain\w*|sore)\b",
            r"\bpainful to (?:the )?(?:touch|press)\b|\bsore (?:spot|point)\b",
            # Spanish
            rf"\b(?:duele|dolor\w*|molesta\w*){_w(3)} (?:al|cuando|si) (?:le |me |se )?(?:toc\w*"
            r"|presion\w*|apret\w*|palp\w*|aplast\w*|empuj\w*)\b",
            r"\bpunto doloroso\b|\bsensible al (?:tacto|toque)\b|\bduele al tacto\b",
        ],
        (),
    ),
    (
        "chest_pain_breathless",
        [
            r"\bchest (?:pain|pains|ache|hurts|hurting|tightness|tight|pressure|discomfort"
            r"|heaviness)\b",
            r"\b(?:pain|pains|tightness|pressure|heaviness|discomfort|ache|aching) (?:in|across"
            r"|on) (?:his|her|my|the|their) chest\b",
            rf"\bchest{_g(2)} (?:tight|tightness|hurts|hurting|heavy|pressure|pain|painful)\b",
            r"\b(?:short|shortness|shortnes) of breath\w*|\bout of breath\b|\bbreathless\w*",
            r"\b(?:cant|cannot|can not|couldnt|could not|unable to|struggling to|struggles to"
            r"|hard to|trouble|difficulty|difficult|problems?|having trouble) (?:catch "
            r"(?:his|her|my|their) )?breath\w*",
            r"\bgasping\b|\bdyspn\w*|\bcoughing (?:up )?blood\b|\bpulmonary embol\w*"
            r"|\bblood clot (?:in|on) (?:his|her|my|the) lungs?\b",
            # Spanish
            r"\bdolor\w* (?:de|en el|en su|en mi|del) pecho\b|\b(?:me|le) duele (?:\w+ )?"
            r"(?:el|su|mi) pecho\b|\bpecho (?:me |le )?duele\b|\bdolor toracico\b"
            r"|\bopresion (?:en el|del) pecho\b",
            r"\bfalta (?:de )?aire\b|\b(?:le|me|nos) falta (?:el )?aire\b"
            r"|\bno (?:puede|puedo|podia|pudo) respirar\b|\b(?:dificultad|problemas|le cuesta"
            r"|me cuesta|trabajo) (?:para |al )?respirar\b",
            r"\bse ahoga\w*|\bme ahogo\b|\bahogo\b|\bahogandose\b|\bsin aliento\b|\bdisnea\b"
            r"|\bembolia pulmonar\b|\btromboembolia\b",
        ],
        (),
    ),
    (
        "wound_infection",
        [
            rf"\b{WOUND}{_g(4)} {WOUND_BAD}\b",
            rf"\b{WOUND_BAD}{_w(2)} {WOUND}\b",
            r"\bfe+ve?r\w*|\bfevr\w*|\bfeaver\w*|\bfebrile\b|\bhigh temp\w*"
            r"|\b(?:a|running a|has a|had a|got a) temp(?:erature)?\b",
            rf"\btemp(?:erature)?{_w(2)} (?:3[89]|4[01]|10[0-5])\b",
            r"\bchills\b|\brigou?rs?\b|\bsepsis\b|\bseptic\b|\bpus\b|\bpuss\b",
            # Spanish
            r"\bfiebr\w*|\bfiebe\w*|\bcalentura\b|\btemperatura (?:alta|elevada|de 3[89]"
            r"|de 4[01])\b|\bescalofrios?\b|\bfebril\b|\bsupur\w*|\bseps\w*|\bseptic\w*",
            rf"\b(?:herida|heridas|cicatriz|incision|puntos|grapas|costura|operacion){_g(3)}"
            r" (?:roja|rojo|rojiza|enrojecid[oa]|hinchad[oa]|inflamad[oa]|caliente|infectad[oa]"
            r"|abiert[oa]|se abrio|sangr\w*|huele mal|mal olor|apesta|pus|supur\w*)\b",
            r"\b(?:enrojecimiento|hinchazon|pus|infeccion|inflamacion|sangrado) (?:en |de "
            r"|alrededor de )?(?:la |su |mi )?(?:herida|cicatriz|incision)\b",
        ],
        (),
    ),
    (
        # A leaking wound, unless what leaks is the clear fluid of wound_clear_fluid.
        "wound_infection",
        [
            rf"\b{WOUND}{_g(3)} {WOUND_LEAK}\b",
            rf"\b{WOUND_LEAK}{_w(3)} {WOUND}\b",
            r"\b(?:coming|came|comes|leaking|oozing|draining) (?:out )?(?:of|from)"
            rf" (?:the |his |her |my |their )?{WOUND}\b",
            rf"\b(?:herida|cicatriz|incision|puntos){_g(3)} (?:drena\w*|secreta\w*|gotea\w*"
            r"|moja\w*|sale (?:liquido|algo|agua))\b|\bsecrecion (?:de |en )?(?:la )?(?:herida"
            r"|cicatriz)\b",
        ],
        ("wound_clear_fluid",),
    ),
    (
        "wound_clear_fluid",
        [
            r"\b(?:clear|watery|water like|colou?rless|clearish|thin|straw colou?red) (?:\w+ )?"
            r"(?:fluid|liquid|discharge|drainage|leak\w*|water|stuff|ooze|oozing)\b",
            rf"\b(?:fluid|liquid|discharge|drainage|oozing|leaking){_w(2)} (?:is |that is "
            r"|looks |like )?(?:clear|watery|like water)\b",
            r"\bcsf\b|\bcerebrospinal fluid\b|\bspinal fluid\b|\bdural (?:leak|tear)\b",
            # Spanish
            r"\b(?:liquido|agua|secrecion|flujo|liquidito)\w*(?: \w+)?? (?:clar[oa]|transparente"
            r"|como agua|aguad[oa]|cristalin[oa])\b|\bsale (?:como )?agua(?:ita)?\b"
            r"|\bliquido cefalorraquideo\b|\bfistula (?:de liquido|de lcr)\b|\blcr\b",
        ],
        (),
    ),
    (
        "calf_swelling",
        [
            r"\b(?:swollen|swelling|swelled|puffy|red|hot|warm|painful|tender|sore|hard|tight"
            r"|aching|enlarged|bigger) (?:\w+ )?(?:calf|calfs|calves|calve|lower legs?|shin)\b",
            r"\b(?:swollen|puffy|swelled) (?:\w+ )?legs?\b",
            rf"\blegs?{_g(2)} (?:is |are |has |have |got |gotten |getting |become )?(?:swollen"
            r"|swelling|swelled|puffy)\b",
            rf"\b(?:calf|calfs|calves){_g(3)} (?:swollen|swelling|swelled|puffy|red|hot|warm"
            r"|painful|pain|hurts?|hurting|tender|sore|cramp\w*|tight|hard|bigger|larger)\b",
            rf"\b(?:swelling|pain|redness|cramp\w*|tenderness) (?:in|of|on){_w(2)} (?:calf"
            r"|calves|calfs|lower leg)\b",
            r"\bdvt\b|\bdeep vein thrombo\w*|\bdeep venous thrombo\w*",
            rf"\bblood clots?{_w(3)} (?:legs?|calf|calves)\b",
            # Spanish
            rf"\bpantorr?ill?as?{_g(3)} (?:hinchad[oa]s?|inflamad[oa]s?|roj[oa]s?|duele|duelen"
            r"|dolor\w*|dura|tensa|caliente|enrojecid[oa]s?)\b",
            rf"\b(?:hinchazon|inflamacion|dolor|duele|duelen|enrojecimiento){_w(3)}"
            r" (?:pantorr?ill?as?|chamorros?)\b",
            rf"\b(?:hinchazon|inflamacion){_w(3)} piernas?\b",
            r"\b(?:piernas?|chamorros?|pantorr?ill?as?) (?:\w+ )?(?:hinchad[oa]s?"
            r"|inflamad[oa]s?)\b",
            r"\btrombosis\b|\bcoagulos?\b",
        ],
        (),
    ),
    (
        "severe_new_pain",
        [
            r"\b(?:severe|sever|excruciating|unbearable|unberable|agoni[sz]ing|intolerable"
            r"|extreme|horrendous|terrible|horrible|awful|crippling) (?:new |sudden |sharp )?"
            r"pain\b",
            rf"\bpain{_g(2)} (?:is |has been |was |became |becoming )?(?:so |really |very )?"
            r"(?:unbearable|excruciating|intolerable|out of control|uncontrolled|unmanageable"
            r"|worse than ever|too much)\b",
            r"\b(?:uncontrolled|uncontrollable|unmanageable|intractable|refractory|breakthrough)"
            r" pain\b|\bworst pain\b|\bnew (?:and )?(?:severe|sharp|sudden|intense|terrible)"
            r" pain\b|\bsudden (?:severe |sharp |intense )?(?:onset )?pain\b",
            r"\b(?:pain )?(?:meds|medications?|medicines?|painkillers|pain killers|pills"
            r"|tablets|morphine|oxycodone|oxy|opioids?|tylenol|ibuprofen|gabapentin|tramadol"
            rf"|hydrocodone|dilaudid|norco|percocet|analgesi\w*|patch){_w(3)} (?:arent|are not"
            r"|isnt|is not|not|dont|do not|doesnt|does not|no longer|have stopped|has stopped"
            r"|stopped|barely|hardly) (?:\w+ )?(?:working|work|helping|help|touching|touch"
            r"|controlling|control|cutting it|doing (?:anything|much|a thing)|enough|holding)\b",
            r"\bnothing (?:is )?(?:helping|helps|works|working|touches)\b",
            r"\bpain (?:is )?(?:not|no longer|isnt|poorly|badly) (?:well )?(?:controlled"
            r"|managed)\b",
            # Spanish
            r"\bdolor\w* (?:\w+ )?(?:muy fuerte|insoportable|intens[oa]|terrible|horrible"
            r"|espantoso|sever[oa]|fortisimo|tremendo)\b|\b(?:fuerte|intenso|terrible|horrible"
            r"|insoportable|tremendo|severo) dolor\b",
            r"\b(?:los |las )?(?:medicamentos|medicinas|pastillas|calmantes|analgesicos|remedios"
            rf"|parches|morfina){_w(2)} (?:ya )?no (?:le |me )?(?:hacen|hace|sirven|sirve"
            r"|funcionan|funciona|calman|calma|quitan|quita|ayudan|ayuda)\b",
            r"\bno (?:le |me )?(?:hacen efecto|hace efecto|sirven|sirve|calman|quitan|ayudan)"
            r" (?:los |las |el |la )?(?:medicamentos|medicinas|pastillas|calmantes|analgesicos"
            r"|remedios|morfina)\b",
            r"\bdolor (?:nuevo|repentino|subito)\b",
        ],
        ("back_pain", "neck_back_pain", "radiating_pain", "night_pain", "straining_pain"),
    ),
    (
        "deficit_progressing",
        [
            rf"\b{PROGRESSING}{_g(2)} {DEFICIT}\b",
            r"\b(?:deficits?|neurology|neurological (?:status|exam|function|signs|symptoms)"
            rf"|neuro (?:status|exam|signs|symptoms)|weakness|{WEAKN}|power|strength|mobility"
            rf"|gait|ambulation|numbness|paresis|myelopathy|leg function){_g(3)} (?:is |are |has "
            r"|have |has been |keeps |keep |seems )?(?:getting worse|worsening|worse|progressing"
            r"|progressed|progressive|deteriorat\w*|declin\w*|decreas\w*|evolving"
            r"|worse and worse|getting weaker|going downhill)\b",
            r"\bneuro\w* (?:deteriorat\w*|decline|worsening|declining|progression)\b",
            r"\b(?:deteriorating|worsening|declining) neurology\b",
            rf"\b(?:decline|deterioration) (?:in|of){_w(2)} (?:neurology|power|mobility|walking"
            r"|motor|function|gait|strength)\b",
            r"\b(?:getting|growing|becoming) weaker\b|\bweaker (?:and weaker|every|each|by the)\b",
            r"\b(?:losing|lost) (?:more )?(?:function|strength|mobility) (?:every|each|by the"
            r"|day by day|quickly|fast|rapidly)\b",
            # Spanish
            r"\b(?:debilidad|entumecimiento|adormecimiento|hormigueo|deficit\w*|paralisis"
            rf"|deterioro|alteracion){_g(3)} (?:progresiv\w*|que empeora|empeorando|empeora"
            r"|cada vez (?:mayor|peor|mas)|va en aumento|en aumento|aumenta\w*)\b",
            r"\bcada vez (?:mas )?(?:debil\w*|peor para caminar|camina peor|menos fuerza)\b",
            r"\b(?:deterioro|empeoramiento) neurologic\w*|\bdeficit neurologico progresivo\b",
        ],
        (),
    ),
    (
        "escc_high_grade",
        [
            r"\bescc (?:grade |of |score )?(?:2|3|ii|iii)\b"
            r"|\bbilsky (?:grade |score )?(?:2|3|ii|iii)\b",
            r"\bhigh grade (?:escc|epidural|spinal cord compression|cord compression"
            r"|compression)\b",
        ],
        (),
    ),
    (
        "sins_unstable",
        [
            r"\bsins (?:score )?(?:of |is |was )?(?:1[3-8])\b",
            r"\b(?:unstable (?:spine|spinal|fracture|vertebra\w*)|spin(?:e|al) (?:is )?unstable"
            r"|spinal instability|mechanical instability|mechanically unstable"
            r"|instability of the spine)\b",
        ],
        (),
    ),
]


@dataclass(frozen=True)
class _Rule:
    key: str
    pattern: re.Pattern
    gaps: tuple  # names of the groups whose words may carry a denial
    gives_way_to: frozenset


def _compile(key, patterns, gives_way_to):
    # Every pattern starts a word: saying so up front spares trying each one mid-word.
    pattern = re.compile(r"(?<!\w)(?=\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")
    gaps = tuple(name for name in pattern.groupindex if name.startswith("g"))
    return _Rule(key, pattern, gaps, frozenset(gives_way_to))


RULES = [_compile(*rule) for rule in _RULES]
KEYS = frozenset(rule.key for rule in RULES) | frozenset(
    key for rule in RULES for key in rule.gives_way_to
)
_ORDER = {flag.key: index for index, flag in enumerate(redflags.FLAGS)}

# -- Denials ----------------------------------------------------------------------------------


def _set(words):
    return frozenset(words.split())


# A denial up to 4 words before a mention ("no", "never", "isnt" ...), within its clause.
_PLAIN_DENIALS = _set(
    "no not never nor neither isnt arent wasnt werent aint doesnt dont didnt hasnt havent hadnt"
    " nunca ni tampoco nada"
)
# A denial that runs over a list, commas and all ("denies weakness, numbness or ...").
_LIST_DENIALS = _set("without denies denied deny denying negative neg sin niega nego")
_LIST_DENIAL_PAIRS = frozenset(
    tuple(pair.split())
    for pair in (
        "no sign",
        "no signs",
        "no evidence",
        "no history",
        "no hx",
        "no symptoms",
        "no complaints",
        "negative for",
        "neg for",
        "free of",
        "w o",
        "ausencia de",
        "negativo para",
        "no presenta",
        "no refiere",
        "no tiene",
        "no hay",
    )
)
_PLAIN_REACH = 3  # words between a plain denial and the mention
_LIST_REACH = 5
_LONGEST_LIST = 12  # words of other signs a denial may run over
# A denial stops at these: a new clause, a doubt, a change ("no better"), a new subject.
_CLAUSE_ENDS = _set(
    "but however although though except yet still now today tonight suddenly then because"
    " since so if whether unless until maybe perhaps possibly probably might may sure unsure"
    " certain know knows knew idea only just matter wonder doubt change changes changed"
    " improvement improved improving better also plus worried worry worries concerned"
    " afraid scared fear ask asked asking wondering question questions developed developing"
    " started starting began noticed notice reports reported complains complaining"
    " presents presenting who which whereas while after before when i he she they we you"
    " hes shes im ive theyre theres"
    " pero aunque excepto salvo sino embargo todavia aun ahora hoy luego porque desde si"
    " quizas quiza talvez vez seguro segura sabe sabemos idea solo mejor mejoria cambio"
    " cambios tambien ademas preocupa preocupados preocupada preocupado miedo pregunta"
    " empezo comenzo cuando despues antes mientras yo ella ellos ellas nosotros usted"
)
# Right before a mention, a possessive starts a new subject ("no fever his legs are weak").
_NEW_SUBJECT = _set("his her my their your our mi mis su sus tu")
_JOINERS = _set("and y e")  # a plain denial does not reach over these
# A plain denial runs over a list of signs joined by these ("no weakness, numbness or ...").
_LIST_CLOSERS = _set("or nor ni o u")
_LIST_WORDS = _LIST_CLOSERS | _JOINERS | _set("any other")
_GAP_DENIALS = _PLAIN_DENIALS | _set("wont sin")


def _denied_before(text, words, starts, start, end, listed):
    """Whether a denial stands shortly before the mention starting at `start`, same clause."""
    # `listed` holds the indexes of the words that belong to some mention, so that a denial can
    # run over a list of signs: "no weakness, numbness or tingling".
    index = bisect_left(starts, start)
    seen, softened = [], []
    crossed = False
    for j in range(index - 1, max(index - 1 - _LONGEST_LIST, -1), -1):
        space = starts[j] + len(words[j])  # the space after word j
        if space in text.breaks:
            break
        if space in text.soft:
            crossed = True
        word = words[j]
        if word in _CLAUSE_ENDS or (j == index - 1 and word in _NEW_SUBJECT):
            break
        seen.append((j, word))
        softened.append(crossed)
        if word in _JOINERS:
            crossed = True
    for distance, (_, word) in enumerate(seen):
        between = seen[:distance]
        listing = all(j in listed or w in _LIST_WORDS for j, w in between)
        pair = distance + 1 < len(seen) and (seen[distance + 1][1], word) in _LIST_DENIAL_PAIRS
        if word in _LIST_DENIALS or pair:
            if distance <= _LIST_REACH or listing:
                return True
        elif word in _PLAIN_DENIALS:
            if distance <= _PLAIN_REACH and not softened[distance]:
                return True
            # Over a comma or an "and", only down a list: "no weakness, numbness or tingling".
            one_word = " " not in text.text[start:end]
            if between and listing and (one_word or between[0][1] in _LIST_CLOSERS):
                return True
    return False


def _denied_inside(match, gaps):
    for name in gaps:
        gap = match.group(name)
        if gap and not _GAP_DENIALS.isdisjoint(gap.split()):
            return True
    return False


# -- Finding ----------------------------------------------------------------------------------


def _scan(original):
    text = _normalise(original)
    if not text.text:
        return []
    words = text.text.split(" ")
    starts, position = [], 0
    for word in words:
        starts.append(position)
        position += len(word) + 1
    # Sentence by sentence: a phrase never runs over a sentence break.
    edges = [-1, *text.hard, len(text.text)]
    raw = [
        (rule, match)
        for first, last in zip(edges, edges[1:], strict=False)
        for rule in RULES
        for match in rule.pattern.finditer(text.text, first + 1, last)
        if match.end() > match.start()
    ]
    listed = set()
    for _, match in raw:
        first = bisect_left(starts, match.start())
        listed.update(range(first, bisect_left(starts, match.end())))
    found = []  # (start, end, key, negated, gives_way_to)
    for rule, match in raw:
        start, end = match.span()
        negated = _denied_inside(match, rule.gaps) or _denied_before(
            text, words, starts, start, end, listed
        )
        found.append((start, end, rule.key, negated, rule.gives_way_to))
    spans = _Spans(found)
    return [
        (start, key, negated, _original_words(original, text, start, end))
        for start, end, key, negated, gives_way_to in found
        if not any(spans.overlaps(other, start, end) for other in gives_way_to)
    ]


class _Spans:
    """Where each key was found, to ask quickly whether a key overlaps a stretch of text."""

    def __init__(self, found):
        by_key = {}
        for start, end, key, *_ in found:
            by_key.setdefault(key, []).append((start, end))
        self.starts, self.reach = {}, {}
        for key, spans in by_key.items():
            spans.sort()
            self.starts[key] = [start for start, _ in spans]
            reach, furthest = [], -1
            for _, end in spans:
                furthest = max(furthest, end)
                reach.append(furthest)  # the furthest end of this span and those before it
            self.reach[key] = reach

    def overlaps(self, key, start, end):
        if key not in self.starts:
            return False
        before = bisect_left(self.starts[key], end)
        return before > 0 and self.reach[key][before - 1] > start


def _original_words(original, text, start, end):
    words = " ".join(original[text.origin[start] : text.origin[end - 1] + 1].split())
    return words[:MAX_WORDS].rstrip()


def find(*texts: str) -> list[WordMatch]:
    """Every red flag mentioned in the texts, at most one WordMatch per key (prefer a
    non-negated mention over a negated one), in the order of the table (redflags.FLAGS)."""
    best = {}
    for number, original in enumerate(texts):
        if original is None:
            continue
        if not isinstance(original, str):
            original = str(original)
        for start, key, negated, words in _scan(original):
            rank = (negated, number, start)
            if key not in best or rank < best[key][0]:
                best[key] = (rank, WordMatch(key, words, negated))
    return [best[key][1] for key in sorted(best, key=lambda key: _ORDER.get(key, len(_ORDER)))]
