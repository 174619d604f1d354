"""Red flags read from free text: real-sounding messages, denials, and no crash on any input."""

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spineclinic import redflag_words, redflags
from spineclinic.redflags import Level

EMERGENCY = Level.EMERGENCY
SAME_DAY = Level.SAME_DAY
ROUTINE = Level.ROUTINE

# (message, level it must get, keys that must be found)
EMERGENCY_MESSAGES = [
    (
        "since this morning I can't control my bladder and my legs are weak",
        EMERGENCY,
        ["bladder_bowel", "weakness"],
    ),
    ("my dads legs keep giving way and he fell twice this week", EMERGENCY, ["weakness"]),
    ("mom cant walk since yesterday, her legs feel like jelly", EMERGENCY, ["balance"]),
    ("He wet himself last night and didn't even notice", EMERGENCY, ["bladder_bowel"]),
    (
        "she hasnt peed since this morning and her back is killing her",
        EMERGENCY,
        ["bladder_bowel"],
    ),
    ("numb between the legs when I wipe, started 2 days ago", EMERGENCY, ["numbness_saddle"]),
    ("my husband is dragging his right foot and tripping a lot", EMERGENCY, ["weakness"]),
    ("Pins and needles in both feet getting worse over the week", EMERGENCY, ["numbness"]),
    (
        "he feels a tight band around his chest and his legs are wobbly",
        EMERGENCY,
        ["numbness_band", "balance"],
    ),
    ("Tengo debilidad en las piernas y no puedo caminar bien", EMERGENCY, ["weakness", "balance"]),
    ("mi papá no puede orinar desde ayer", EMERGENCY, ["bladder_bowel"]),
    ("A mi mamá se le doblan las piernas y se cae", EMERGENCY, ["weakness", "balance"]),
    ("Se orinó encima y no se dio cuenta", EMERGENCY, ["bladder_bowel"]),
    ("tiene hormigueo y no siente los pies", EMERGENCY, ["numbness"]),
    ("El doctor dijo que hay compresión medular", EMERGENCY, ["suspected_compression"]),
    (
        "Known breast ca, new BLE weakness 4/5, urinary retention, ?MSCC",
        EMERGENCY,
        ["weakness", "bladder_bowel", "suspected_compression"],
    ),
    (
        "Pt with prostate ca mets, progressive deficit over 48h, saddle anaesthesia",
        EMERGENCY,
        ["deficit_progressing", "numbness_saddle"],
    ),
    (
        "T6 sensory level, ataxic gait, query cord compression",
        EMERGENCY,
        ["numbness_band", "balance", "suspected_compression"],
    ),
    ("weekness in legs and numbess in feet", EMERGENCY, ["weakness", "numbness"]),
    ("incontinance since tuesday, bladdar feels full", EMERGENCY, ["bladder_bowel"]),
    ("my wife is paralized from the waist down", EMERGENCY, ["weakness"]),
    (
        "he has been unsteady on his feet and holding on to the walls",
        EMERGENCY,
        ["balance"],
    ),
    ("im numb down there and cant feel the toilet paper", EMERGENCY, ["numbness_saddle"]),
    (
        "the oncologist said the tumour is pressing on the spinal cord, we have not been seen yet",
        EMERGENCY,
        ["suspected_compression"],
    ),
    ("cauda equina syndrome suspected", EMERGENCY, ["suspected_compression"]),
    ("I cant feel my feet and my arms are weak", EMERGENCY, ["numbness", "weakness"]),
    ("legs gave out on the stairs this morning", EMERGENCY, ["weakness"]),
    ("he pooped himself in the car and cant stand up", EMERGENCY, ["bladder_bowel", "balance"]),
    ("No bladder problems but his legs are weak", EMERGENCY, ["weakness"]),
    ("No tiene fiebre pero está muy inestable al caminar", EMERGENCY, ["balance"]),
    ("deteriorating neurology, now unable to mobilise", EMERGENCY, ["deficit_progressing"]),
    ("cervical myelopathy with gait disturbance", EMERGENCY, ["suspected_compression", "balance"]),
    ("Mi esposo tiene parálisis en las piernas desde el lunes", EMERGENCY, ["weakness"]),
    ("she cannot urinate and her legs feel numb", EMERGENCY, ["bladder_bowel", "numbness"]),
    ("lost control of his bowels and cannot walk", EMERGENCY, ["bladder_bowel", "balance"]),
    ("he can no longer walk without holding onto furniture", EMERGENCY, ["balance"]),
    ("ya no camina y se hizo popó en la cama", EMERGENCY, ["balance", "bladder_bowel"]),
    ("tiene la entrepierna dormida", EMERGENCY, ["numbness_saddle"]),
    ("mareado al caminar, se agarra de las paredes", EMERGENCY, ["balance"]),
    (
        "denies bladder or bowel dysfunction, but reports new leg weakness",
        EMERGENCY,
        ["weakness"],
    ),
    ("cant pee and my legs r numb", EMERGENCY, ["bladder_bowel", "numbness"]),
    ("his legs are so weak he keeps falling over", EMERGENCY, ["weakness", "balance"]),
    ("she is having accidents and her walking is worse", EMERGENCY, ["bladder_bowel", "balance"]),
    ("dificulty walkin and tingeling in both hands", EMERGENCY, ["balance", "numbness"]),
    ("Retención de orina y entumecimiento en las nalgas", EMERGENCY, ["bladder_bowel"]),
    ("no sensation when I wipe", EMERGENCY, ["numbness_saddle"]),
    ("no camina ni orina desde ayer", EMERGENCY, ["balance", "bladder_bowel"]),
    ("Mi hermano no siente nada de la cintura para abajo", EMERGENCY, ["numbness"]),
    ("he is going to the bathroom in his pants", EMERGENCY, ["bladder_bowel"]),
    ("72F, RCC, T9 mets. Power 3/5 bilat LE, sensory level T10", EMERGENCY, ["weakness"]),
    ("his bladder is not working and he is not moving his legs", EMERGENCY, ["bladder_bowel"]),
    ("camina con dificultad y no puede retener la orina", EMERGENCY, ["balance", "bladder_bowel"]),
]

SAME_DAY_MESSAGES = [
    ("it hurts when he tries to sit up in bed", SAME_DAY, ["mechanical_pain"]),
    ("her back only feels better when she lies still", SAME_DAY, ["mechanical_pain"]),
    ("le duele mucho al levantarse de la cama", SAME_DAY, ["mechanical_pain"]),
    ("pt with mechanical back pain, escc 1b", SAME_DAY, ["mechanical_pain"]),
    ("severe back pain that wakes him up at night", SAME_DAY, ["back_pain", "night_pain"]),
    ("my back pain is getting worse every week", SAME_DAY, ["back_pain"]),
    ("pain shooting down my leg like sciatica", SAME_DAY, ["radiating_pain"]),
    (
        "neck pain for three weeks, worse when I cough",
        SAME_DAY,
        ["neck_back_pain", "straining_pain"],
    ),
    ("pain between my shoulder blades that wont go away", SAME_DAY, ["neck_back_pain"]),
    ("she can't sleep from the pain in her back", SAME_DAY, ["night_pain"]),
    ("it hurts when I sneeze or strain on the toilet", SAME_DAY, ["straining_pain"]),
    ("there is a tender spot on my spine when i press it", SAME_DAY, ["tender_spot"]),
    ("constant back pain, non-stop, and lying down makes it worse", SAME_DAY, ["back_pain"]),
    ("pain like a band around my ribs", SAME_DAY, ["radiating_pain"]),
    ("Dolor de espalda que empeora cada día", SAME_DAY, ["back_pain"]),
    ("tiene dolor de cuello y dolor en la espalda alta", SAME_DAY, ["neck_back_pain"]),
    ("el dolor no me deja dormir y es peor acostado", SAME_DAY, ["night_pain"]),
    ("me duele al toser y al estornudar", SAME_DAY, ["straining_pain"]),
    ("dolor que baja por la pierna, como ciática", SAME_DAY, ["radiating_pain"]),
    ("upper back pain for a month, worse lying flat", SAME_DAY, ["neck_back_pain", "night_pain"]),
    ("radicular pain L5, thoracic pain", SAME_DAY, ["radiating_pain", "neck_back_pain"]),
    ("mid back pain that is unbearable", SAME_DAY, ["neck_back_pain"]),
    ("pain down my arm and a sore neck", SAME_DAY, ["radiating_pain", "neck_back_pain"]),
    ("dolor como una faja alrededor del pecho", SAME_DAY, ["radiating_pain"]),
    ("terrible back pain, worst at night", SAME_DAY, ["back_pain", "night_pain"]),
    ("Tiene un dolor constante en la columna", SAME_DAY, ["back_pain"]),
    ("hurts to cough, and pain goes down the back of my leg", SAME_DAY, ["straining_pain"]),
    ("dolor en la nuca desde hace una semana", SAME_DAY, ["neck_back_pain"]),
    ("tiene dolor en la espalda que le corre a la pierna", SAME_DAY, ["radiating_pain"]),
]

AFTER_SURGERY_MESSAGES = [
    ("had surgery last week, now fever and the wound is red", SAME_DAY, ["wound_infection"]),
    ("the incision is oozing yellow stuff", SAME_DAY, ["wound_infection"]),
    ("clear fluid leaking from the wound since yesterday", SAME_DAY, ["wound_clear_fluid"]),
    ("his left calf is swollen and sore since the operation", SAME_DAY, ["calf_swelling"]),
    (
        "chest pain and short of breath after his spine surgery",
        EMERGENCY,
        ["chest_pain_breathless"],
    ),
    (
        "the pain meds arent working anymore, the pain is unbearable",
        SAME_DAY,
        ["severe_new_pain"],
    ),
    ("she cant breathe properly since coming home", EMERGENCY, ["chest_pain_breathless"]),
    ("la herida está roja y supura", SAME_DAY, ["wound_infection"]),
    ("tiene fiebre desde la operación", SAME_DAY, ["wound_infection"]),
    ("pantorrilla hinchada y dolorosa después de la cirugía", SAME_DAY, ["calf_swelling"]),
    ("dolor de pecho y falta de aire", EMERGENCY, ["chest_pain_breathless"]),
    ("sale líquido claro de la herida", SAME_DAY, ["wound_clear_fluid"]),
    ("temperature of 38.5 and pus around the stitches", SAME_DAY, ["wound_infection"]),
    ("after the operation his legs are weaker than before", EMERGENCY, ["weakness"]),
    ("new severe pain since the surgery", SAME_DAY, ["severe_new_pain"]),
    ("there is stuff coming out of the wound", SAME_DAY, ["wound_infection"]),
    ("le duele mucho la pantorrilla desde la cirugía", SAME_DAY, ["calf_swelling"]),
]

ROUTINE_MESSAGES = [
    "I would like a second opinion about my MRI results",
    "my mother has breast cancer and we want to know if surgery is an option",
    "back pain is about the same, just want to talk about options",
    "Quiero una segunda opinión",
    "Can I get an appointment next week? My father had surgery for a spinal tumor last year.",
    "Our oncologist referred him for metastatic prostate cancer in the spine; he is doing well",
    "Do you accept Medicare? My wife was diagnosed with multiple myeloma",
    "Mi papá tiene cáncer de pulmón con metástasis en la columna y queremos una consulta",
    "Is parking available near the office? We will come by car.",
    "Please send me the forms to transfer my records from the other hospital",
    "Necesitamos una cita para revisar los resultados de la resonancia",
    "He walks fine and sleeps well, we just want to discuss radiation versus surgery",
    "Dolor de espalda leve desde hace años, quiero saber opciones de tratamiento",
    "what are your office hours on saturday",
    "Histology: adenocarcinoma of the lung. Levels involved: T4-T6",
    "the pain was worse before radiation, now it is much better",
    "Neurologically intact, ambulating independently, continent of bladder and bowel.",
]

TABLE = EMERGENCY_MESSAGES + SAME_DAY_MESSAGES + AFTER_SURGERY_MESSAGES


def level_of(text):
    return redflags.level_of({match.key for match in redflag_words.find(text)})


def test_the_table_is_big_enough():
    assert len(TABLE) + len(ROUTINE_MESSAGES) >= 70
    assert len(EMERGENCY_MESSAGES) >= 25
    assert len(SAME_DAY_MESSAGES) >= 15
    assert len(AFTER_SURGERY_MESSAGES) >= 10
    assert len(ROUTINE_MESSAGES) >= 12


@pytest.mark.parametrize(("text", "level", "keys"), TABLE)
def test_message_gets_its_level_and_signs(text, level, keys):
    found = {match.key for match in redflag_words.find(text)}
    assert redflags.level_of(found) == level, found
    assert set(keys) <= found


@pytest.mark.parametrize("text", ROUTINE_MESSAGES)
def test_routine_message_finds_nothing(text):
    assert redflag_words.find(text) == []


def test_no_emergency_is_read_lower():
    for text, level, _ in EMERGENCY_MESSAGES:
        assert level == EMERGENCY
        assert redflags.at_least(level_of(text), EMERGENCY), text


def by_key(*texts):
    return {match.key: match for match in redflag_words.find(*texts)}


def test_a_denied_mention_is_found_and_marked():
    found = by_key("No bladder problems but his legs are weak")
    assert found["bladder_bowel"].negated
    assert not found["weakness"].negated


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("no weakness", "weakness"),
        ("he has no numbness in his feet", "numbness"),
        ("Patient denies saddle anaesthesia", "numbness_saddle"),
        ("denies weakness, numbness, bladder or bowel dysfunction", "bladder_bowel"),
        ("negative for cord compression on MRI", "suspected_compression"),
        ("doesn't have any trouble walking", "balance"),
        ("she hasn't had any bladder issues", "bladder_bowel"),
        ("his legs are not weak", "weakness"),
        ("never had pain at night", "night_pain"),
        ("sin debilidad", "weakness"),
        ("no tiene fiebre", "wound_infection"),
        ("niega incontinencia", "bladder_bowel"),
        ("no hay hormigueo", "numbness"),
        ("ni debilidad ni hormigueo", "numbness"),
        ("no signs of cauda equina", "suspected_compression"),
        ("No weakness, numbness or tingling.", "numbness"),
        ("Pt denies bowel/bladder incontinence, saddle anesthesia, or LE weakness", "weakness"),
        ("Sin debilidad, hormigueo o entumecimiento", "numbness"),
        ("wound looks fine, not red", "wound_infection"),
    ],
)
def test_denials(text, key):
    found = by_key(text)
    assert key in found
    assert found[key].negated


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("no puede orinar", "bladder_bowel"),
        ("No puedo caminar desde ayer", "balance"),
        ("no se puede parar solo", "balance"),
        ("no siento los pies", "numbness"),
        ("no controla la vejiga", "bladder_bowel"),
        ("no me deja dormir", "night_pain"),
        ("no tiene fuerza en las piernas", "weakness"),
        ("sin fuerza en las piernas", "weakness"),
        ("can't walk", "balance"),
        ("cannot urinate", "bladder_bowel"),
        ("unable to stand", "balance"),
        ("not able to pee", "bladder_bowel"),
        ("he has no bladder control", "bladder_bowel"),
        ("no feeling in his legs", "numbness"),
        ("he is not walking anymore", "balance"),
        ("No, he can't walk", "balance"),
        ("no fever. His legs are weak", "weakness"),
        ("no fever, legs weak", "weakness"),
        ("no fever and his legs are weak", "weakness"),
        ("not sure if it is weakness", "weakness"),
    ],
)
def test_symptoms_said_with_a_no_are_not_denials(text, key):
    found = by_key(text)
    assert key in found
    assert not found[key].negated


def test_but_ends_a_denial():
    found = by_key("no numbness but she can't feel her feet")
    assert not found["numbness"].negated
    found = by_key("no tiene debilidad pero no puede caminar")
    assert found["weakness"].negated
    assert not found["balance"].negated


def test_a_denial_ends_with_its_sentence():
    found = by_key("No history of back pain. Now severe back pain and he cant walk.")
    assert not found["back_pain"].negated
    assert found["back_pain"].words == "severe back pain"
    assert not found["balance"].negated


def test_a_phrase_does_not_run_over_a_sentence():
    assert redflag_words.find("His back pain. Worse than the neighbour's dog.") == []


def test_a_mention_that_is_not_denied_wins():
    found = by_key("no numbness in the hands", "numb feet since Monday")
    assert not found["numbness"].negated
    assert found["numbness"].words == "numb"


def test_words_are_the_persons_own():
    found = by_key("Since Monday he CAN’T   WALK, and he’s wobbly")
    assert found["balance"].words == "CAN’T WALK"


def test_long_words_are_cut():
    text = "his lower back pain, honestly, is extraordinarily, unbelievably, horrendously severe"
    (match,) = redflag_words.find(text)
    assert match.key == "back_pain"
    start = text.index("lower")
    assert match.words == text[start : start + redflag_words.MAX_WORDS].rstrip()


def test_one_match_per_key_in_table_order():
    matches = redflag_words.find(
        "fever, pain at night, numb feet, weak legs, cant pee; weak arms; numb hands"
    )
    keys = [match.key for match in matches]
    assert len(keys) == len(set(keys))
    order = [flag.key for flag in redflags.FLAGS]
    assert keys == sorted(keys, key=order.index)


def test_normalising():
    assert redflag_words.normalise("Can’t  PEE!! Débil, ¿sí?") == "cant pee debil si"


def test_empty_input():
    assert redflag_words.find() == []
    assert redflag_words.find("", None, "   ") == []


def test_every_key_exists_in_the_table():
    assert redflag_words.KEYS.issubset(redflags.BY_KEY)
    for rule in redflag_words.RULES:
        assert rule.key in redflags.BY_KEY
        assert rule.gives_way_to <= set(redflags.BY_KEY)


def test_a_long_message_is_quick():
    text = " ".join(text for text, _, _ in TABLE)[:4000]  # the longest a form field takes
    started = time.perf_counter()
    redflag_words.find(text)
    assert time.perf_counter() - started < 1.0


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text()), max_size=4))
def test_never_raises_and_only_known_keys(texts):
    matches = redflag_words.find(*texts)
    for match in matches:
        assert match.key in redflags.BY_KEY
        assert isinstance(match.negated, bool)
        assert len(match.words) <= redflag_words.MAX_WORDS
    assert len({match.key for match in matches}) == len(matches)


SALAD_WORDS = (
    "no not sin but pero weak legs numb can't pee bladder back pain worse no puede orinar"
    " caminar 3/5 wound red fever . , ' ’ á ñ - : ; ! ?"
)
SALAD = SALAD_WORDS.split()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(SALAD),
        max_size=30,
    )
)
def test_never_raises_on_word_salad(words):
    for match in redflag_words.find(" ".join(words)):
        assert match.key in redflags.BY_KEY
