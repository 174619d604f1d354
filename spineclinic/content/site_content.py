"""Every page's words for the site's first content, written for patients from the practice's page.

Plain data read by `manage.py load_site_content`; the block format is described in README.md.
Phone numbers, email, fax and hours never appear in page text: pages take them from
CLINIC_SETTINGS (or the admin's clinic settings) through contact_details and care_card blocks.
"""

# No review stamps here: the first content was rewritten for patients from Dr. D’Amico's own
# published page, but no clinician has read these words yet. Every clinical page ("clinical":
# True, and every condition, symptom, treatment and clinician's tool) loads as awaiting clinical
# review until a clinical reviewer signs it off in the admin's "Clinical sign-off" workflow
# (docs/editing.md).

# What the practice must supply itself (waits, plans, the entrance and floor, hospital stays,
# a clinician's training and languages). The page shows the editor's value; until the practice
# sets one, this placeholder shows, and Reports > "Clinical review due" lists it as a fact to
# confirm (README, "Before the site goes live").
TO_CONFIRM = "[Practice to confirm]"


# Practice-wide facts. The phone numbers, fax and email are reserved placeholders
# (555-01xx, example.org): the practice sets the real ones in the admin.
CLINIC_SETTINGS = {
    "practice_name": "Spine Metastasis Surgery, New York",
    "main_phone": "(212) 555-0140",
    "urgent_phone": "(212) 555-0142",
    "fax": "(212) 555-0143",
    "email": "appointments@example.org",
    "street_address": "100 E 77th St",
    "address_locality": "New York",
    "address_region": "NY",
    "postal_code": "10075",
    "hours": "Monday to Friday, 9 am to 5 pm",
    # The practice confirms these before launch (README, "Before the site goes live").
    "clinician_phone": "(212) 555-0144",
    "wait_routine": TO_CONFIRM,
    "wait_urgent": TO_CONFIRM,
    "wait_second_opinion": TO_CONFIRM,
    "urgent_line_staff": TO_CONFIRM,
    "first_visit_length": TO_CONFIRM,
    "insurance_plans": TO_CONFIRM,
    "second_opinion_cost": TO_CONFIRM,
}


# What to do about each level of the red-flag table, and the urgent line's hours, per language:
# the "Urgent care wording" snippet. Clinical text: it loads live but awaiting clinical review,
# like the pages, until a clinician signs it off in the workflow.
CARE_ADVICE = {
    "en": {
        "urgent_hours": "Monday to Friday, 9 am to 5 pm",
        "out_of_hours": (
            "When the urgent line is closed, go to the nearest emergency department, or call 911 "
            "if it is an emergency. Do not wait for the line to open."
        ),
        "response_promise": "within one business day",
        "emergency_action": (
            "Call 911 or go to the nearest emergency department now. Do not wait for an "
            "appointment or for us to call you back."
        ),
        "urgent_action": (
            "Call our urgent line or your cancer care team today. If you cannot reach anyone, "
            "go to the nearest emergency department."
        ),
        "urgent_action_now": (
            "Call our urgent line or your cancer care team now. If you cannot reach anyone, go to "
            "the nearest emergency department."
        ),
        "routine_action": (
            "Tell us or your cancer care team at your next visit or call. If you would like to "
            "talk to us sooner, call our main number."
        ),
    },
    "es": {
        "urgent_hours": "de lunes a viernes, de 9 a. m. a 5 p. m.",
        "out_of_hours": (
            "Cuando la línea urgente esté cerrada, vaya a la sala de emergencias más cercana o "
            "llame al 911 si es una emergencia. No espere a que la línea abra."
        ),
        "response_promise": "en un plazo de un día hábil",
        "emergency_action": (
            "Llame al 911 o vaya ahora mismo a la sala de emergencias más cercana. No espere a "
            "una cita ni a que le devolvamos la llamada."
        ),
        "urgent_action": (
            "Llame hoy a nuestra línea urgente o a su equipo de atención del cáncer. Si no "
            "puede comunicarse con nadie, vaya a la sala de emergencias más cercana."
        ),
        "urgent_action_now": (
            "Llame ahora a nuestra línea urgente o a su equipo de atención del cáncer. Si no "
            "puede comunicarse con nadie, vaya a la sala de emergencias más cercana."
        ),
        "routine_action": (
            "Díganos lo que pasa a nosotros o a su equipo de atención del cáncer en su próxima "
            "visita o llamada. Si quiere hablar con nosotros antes, llame a nuestro número "
            "principal."
        ),
    },
}


# The signs of possible spinal cord compression in the red-flag table (spineclinic/redflags.py),
# for the care cards about them. A card's level and the wording of its signs come from the table.
CORD_COMPRESSION = [
    "weakness",
    "balance",
    "numbness",
    "numbness_band",
    "numbness_saddle",
    "bladder_bowel",
]


# Addresses that have moved: the old path, and the ref of the page now at its place. The loader
# adds a permanent redirect for each; links and bookmarks to the old address keep working.
REDIRECTS = {
    "/treatments/stabilisation-and-reconstruction/": "treatments/stabilization-and-reconstruction",
}


# NG234's same-day pain signs (and the practice's mechanical pain), for the general pain cards.
SPINAL_PAIN = [
    "neck_back_pain",
    "back_pain",
    "night_pain",
    "mechanical_pain",
    "straining_pain",
    "tender_spot",
    "radiating_pain",
]


# The warning signs after spine surgery, the same on every surgical treatment page.
AFTER_SURGERY_CARDS = [
    (
        "care_card",
        {
            "flags": [*CORD_COMPRESSION, "chest_pain_breathless"],
            "heading": "Signs to act on straight away after surgery",
            "body": (
                "<p>After you go home, act on any of these that is new or getting worse. Chest "
                "pain or shortness of breath can mean a blood clot has reached the lungs.</p>"
            ),
        },
    ),
    (
        "care_card",
        {
            "flags": ["wound_infection", "wound_clear_fluid", "calf_swelling", "severe_new_pain"],
            "heading": "Problems to tell us about the same day after surgery",
            "body": (
                "<p>These can be signs of an infection, a leak of the fluid around the spinal "
                "cord, or a blood clot in the leg:</p>"
            ),
        },
    ),
]


# The risks of spine surgery, for the surgical treatment pages (NHS.UK and the American Cancer
# Society's patient guidance on surgery and anesthesia). Common and rare in words: the practice
# has published no figures of its own, so none are given.
SURGERY_RISKS = [
    (
        "paragraph",
        (
            "<p>All surgery has risks. Your surgeon will talk with you about your own risks "
            "before you decide. They depend on your general health, the cancer and the "
            "operation you need. The team does a lot to keep each risk low.</p>"
        ),
    ),
    ("heading", {"text": "What is common after surgery?", "level": "h3"}),
    (
        "paragraph",
        (
            "<ul>"
            "<li><b>Pain around the wound</b> for a few weeks. Pain medicine helps.</li>"
            "<li><b>Feeling very tired</b> for some weeks.</li>"
            "<li><b>Nausea (feeling sick to your stomach), a sore throat or some confusion</b> "
            "for a short time after "
            "anesthesia. Anesthesia is the medicine that puts you to sleep for the "
            "operation.</li>"
            "<li><b>Constipation</b> (trouble pooping), often from strong pain medicines.</li>"
            "<li><b>A wound that is slow to heal.</b> This is more likely if you have had "
            "radiation to the same place or take steroid medicine.</li>"
            "</ul>"
        ),
    ),
    ("heading", {"text": "What problems can happen?", "level": "h3"}),
    (
        "paragraph",
        (
            "<ul>"
            "<li><b>Infection.</b> Germs can get into the wound. Most infections are treated "
            "with antibiotics (medicines that kill germs). Some need another operation to "
            "clean the wound.</li>"
            "<li><b>Bleeding.</b> Some bleeding happens in every operation. Some tumors have "
            "many blood vessels. You may need a blood transfusion (blood from a donor).</li>"
            "<li><b>Blood clots.</b> After surgery you move less, and cancer itself makes "
            "clots more likely. A clot can form in a leg vein. Doctors call this a deep vein "
            "thrombosis (DVT). A piece of it can travel to the lungs. The team helps you move "
            "soon after surgery and may give you medicine or special stockings to prevent "
            "clots.</li>"
            "<li><b>A leak of spinal fluid.</b> A clear fluid surrounds the spinal cord. If "
            "its covering is opened or torn, fluid can leak. This can cause a headache when "
            "you sit up. It is usually repaired during the operation, but some leaks need "
            "more treatment.</li>"
            "</ul>"
        ),
    ),
    ("heading", {"text": "What problems are rare?", "level": "h3"}),
    (
        "paragraph",
        (
            "<ul>"
            "<li><b>Nerve or spinal cord injury.</b> The nerves are very close to where the "
            "surgeon works. Rarely, surgery causes new weakness, numbness or bladder "
            "problems. These can be short-lived or lasting.</li>"
            "<li><b>Serious problems from anesthesia</b>, such as a bad reaction to a medicine "
            "or a problem with the heart or lungs. The anesthesia team checks your health "
            "before surgery to lower this risk.</li>"
            "<li><b>Very rarely, a problem after surgery can be life-threatening.</b> Ask your "
            "surgeon what this means for you.</li>"
            "</ul>"
        ),
    ),
]

# Problems with implants: on the pages about operations that use them.
HARDWARE_RISKS = [
    (
        "paragraph",
        (
            "<p><b>Problems with the hardware.</b> Screws and rods can loosen, move or break. "
            "The bone around them may also be too weak to hold them. This can cause pain, and "
            "you may need another operation.</p>"
        ),
    ),
]

# Recovery after spine surgery, the same advice on each surgical page (NHS.UK, American Cancer
# Society). How long people stay in the hospital is the page's own "hospital stay" field.
SURGERY_RECOVERY = [
    ("heading", {"text": "Getting up and walking", "level": "h3"}),
    (
        "paragraph",
        (
            "<p>The team will help you sit up and walk soon after surgery. Moving early helps "
            "prevent blood clots and chest infections.</p>"
            "<p>A physical therapist (an expert in movement and exercise) will show you how to "
            "get in and out of bed and walk safely. They may give you exercises to do at home. "
            "Some people need a walker, a cane or a brace for a while. Some people go to a "
            "rehabilitation unit before they go home.</p>"
        ),
    ),
    ("heading", {"text": "Looking after your wound", "level": "h3"}),
    (
        "paragraph",
        (
            "<ul>"
            "<li>Keep the wound clean and dry. The team will tell you when you can shower.</li>"
            "<li>Do not soak the wound in a bath, hot tub or pool until it has healed.</li>"
            "<li>Do not put creams or powders on it unless the team says so.</li>"
            "<li>The team will tell you when and where your stitches or staples will come "
            "out.</li>"
            "</ul>"
        ),
    ),
    ("heading", {"text": "Lifting, bending and driving", "level": "h3"}),
    (
        "paragraph",
        (
            "<ul>"
            "<li>Do not lift anything heavy, bend or twist until your team says it is safe. "
            "Ask them what counts as heavy for you.</li>"
            "<li>Walk a little more each day. Rest when you need to.</li>"
            "<li>Do not drive while you take strong pain medicines, or while you wear a brace. "
            "Wait until you can turn and brake safely and your surgeon says it is OK.</li>"
            "</ul>"
        ),
    ),
    ("heading", {"text": "When do radiation and cancer medicines start again?", "level": "h3"}),
    (
        "paragraph",
        (
            "<p>Radiation and some cancer medicines slow down healing. So they usually start "
            "again once the wound has healed. Your surgeon, your radiation doctor and your "
            "cancer doctor agree on the timing together.</p>"
            "<p>Do not stop or restart a cancer medicine on your own. Ask your cancer doctor "
            "first.</p>"
        ),
    ),
]

SURGERY_AFTER_HOME_INTRO = [
    (
        "paragraph",
        (
            "<p>Call our main number with questions about your recovery. For the signs below, "
            "act as each box says.</p>"
        ),
    ),
]


# Clinician snippets; pages refer to them by "key".
CLINICIANS = [
    {
        "key": "damico",
        "name": "Randy S. D’Amico",
        "credentials": "MD",
        "job_title": "Neurosurgical oncologist",
        "roles": [
            "Neurosurgical oncologist, Lenox Hill Hospital",
            "Director, Northwell Health's Brain & Spine Metastasis Program",
        ],
        "biography": (
            "<p>Dr. Randy S. D’Amico is a neurosurgical oncologist at Lenox Hill Hospital. A "
            "neurosurgical oncologist is a brain and spine surgeon who treats tumors. He is also "
            "the Director of Northwell Health's Brain &amp; Spine Metastasis Program.</p>"
            "<p>Dr. D’Amico checks and treats people whose cancer has spread to the spine. He has "
            "a special focus on people whose nerve symptoms, such as weakness or numbness, are "
            "getting worse. He also treats people whose spine has become unstable, people whose "
            "pain has not eased with other treatment, and people with MESCC (metastatic epidural "
            "spinal cord compression: cancer pressing on the spinal cord).</p>"
            "<p>He works closely with cancer doctors (medical oncology), radiation doctors "
            "(radiation oncology) and pain specialists. Together they plan care that is "
            "coordinated, quick and made for each person.</p>"
            "<p>Dr. D’Amico often sees patients for second opinions. He cares for people from "
            "across New York City and the tri-state area.</p>"
        ),
        # The practice's page gives neither: the practice supplies them.
        "training": TO_CONFIRM,
        "languages": TO_CONFIRM,
        "short_bio": (
            "Dr. D’Amico is a neurosurgical oncologist at Lenox Hill Hospital who treats people "
            "whose cancer has spread to the spine."
        ),
    },
]


# The home page.
HOME = {
    "title": "Home",
    "seo_title": "Surgery for spine metastases in New York City",
    "search_description": (
        "Checks, surgery and coordinated care for cancer that has spread to the spine, at Lenox "
        "Hill Hospital in Manhattan. Second opinions welcome."
    ),
    "hero_heading": "Surgery and coordinated care for cancer that has spread to the spine",
    "hero_text": (
        "We care for people whose cancer has spread to the spine, at Lenox Hill Hospital on "
        "Manhattan's Upper East Side. We work with your cancer team to plan the right care for "
        "you."
    ),
    "treats_heading": "How can we help?",
    "treats_intro": (
        "Cancer in the spine can cause pain, weakness and other problems. Read about the "
        "condition, the symptoms to watch for and the treatments we offer."
    ),
    "body": [
        ("heading", {"text": "Who are we?", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Dr. Randy S. D’Amico is a neurosurgical oncologist: a brain and spine surgeon "
                "who treats tumors. He works at Lenox Hill Hospital and is Director of Northwell "
                "Health's Brain &amp; Spine Metastasis Program.</p>"
                "<p>We see people with spine metastases (cancer that has spread to the spine from "
                "where it started). We look at whether surgery could help, and we plan care with "
                "your other doctors.</p>"
            ),
        ),
        ("heading", {"text": "Will you work with my cancer team?", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Yes. You can keep seeing the cancer doctors you already know. We work "
                "alongside them, and with radiation, pain, palliative care (care that eases pain "
                "and other symptoms) and rehabilitation teams.</p>"
                "<p>Together we aim to give you the right mix of surgery, radiation and cancer "
                "medicines, in the right order.</p>"
            ),
        ),
        (
            "call_to_action",
            {
                "heading": "Have you been told surgery is not an option?",
                "text": (
                    "You can ask us for a second opinion. Second opinions are often available "
                    "quickly, especially when nerve symptoms are getting worse. But weakness or "
                    "numbness that is new or getting worse is an emergency: get help first."
                ),
                "page": "second-opinions",
                "link_text": "Read about second opinions",
            },
        ),
        (
            "related_pages",
            {
                "heading": "Where would you like to start?",
                "pages": [
                    "conditions/spine-metastases",
                    "symptoms",
                    "treatments",
                    "request-a-consultation",
                ],
            },
        ),
    ],
}


# Conditions: the index page at "conditions" and one page per condition.
CONDITION_INDEX = {
    "title": "Conditions we treat",
    "summary": (
        "We treat cancer that has spread to the spine. Read what it is, what it can cause and "
        "when surgery may help."
    ),
    "search_description": (
        "Conditions we treat: spine metastases, cancer that has spread to the bones of the spine "
        "or the space around the spinal cord."
    ),
}


CONDITIONS = [
    {
        "slug": "spine-metastases",
        "title": "Spine metastases",
        "search_description": (
            "Spine metastases are cancer that has spread to the spine. Learn the symptoms, the "
            "tests, and when surgery may help. Care at Lenox Hill Hospital, NYC."
        ),
        "summary": (
            "Spine metastases are cancer that has spread to the bones of the spine or the space "
            "around the spinal cord. Learn what they can cause, how we check them and when "
            "surgery may help."
        ),
        "overview": [
            ("heading", {"text": "What are spine metastases?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Spine metastases are cancer that has spread to the spine. Metastases "
                    "means cancer that has spread from where it started to another part of the "
                    "body.</p>"
                    "<p>The cancer can grow in the bones of the spine. These bones are called "
                    "vertebrae. It can also grow in the epidural space. This is the space inside "
                    "the spine that surrounds the spinal cord.</p>"
                    "<p>The spinal cord is the bundle of nerves that runs down the middle of your "
                    "spine. It carries messages between your brain and the rest of your body.</p>"
                    "<p>Spine metastases are the most common kind of cancer found in the "
                    "spine.</p>"
                ),
            ),
            ("heading", {"text": "What problems can they cause?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Symptoms depend on where the cancer is in the spine and how much of the "
                    "spine it affects. Spine metastases can cause:</p>"
                    "<ul>"
                    "<li><b>Severe pain.</b> The pain may be in your back or neck, or spread to "
                    "your arms or legs.</li>"
                    "<li><b>An unstable spine.</b> The cancer can weaken the bones so the spine "
                    "cannot safely hold your weight. A bone may break or collapse.</li>"
                    "<li><b>Nerve problems.</b> Doctors call these neurological problems. They "
                    "include weakness, numbness and trouble with balance.</li>"
                    "<li><b>Pressure on the spinal cord.</b> This is called spinal cord "
                    "compression.</li>"
                    "</ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>When cancer in the epidural space presses on the spinal cord, doctors "
                    "call it MESCC (metastatic epidural spinal cord compression: cancer pressing "
                    "on the spinal cord). It needs to be checked right away.</p>"
                ),
            ),
            (
                "care_card",
                {
                    "flags": CORD_COMPRESSION,
                    "heading": "Signs that cancer may be pressing on your spinal cord",
                    "body": (
                        "<p>Any sign of spinal cord compression needs to be checked right away. "
                        "Act on any of these that is new or getting worse, even if it seems "
                        "mild:</p>"
                    ),
                },
            ),
            (
                "care_card",
                {
                    "flags": SPINAL_PAIN,
                    "heading": "Pain that needs checking the same day",
                    "body": (
                        "<p>If you have cancer or have had cancer, these kinds of pain can be a "
                        "sign that it has spread to the spine:</p>"
                    ),
                },
            ),
            ("heading", {"text": "Who will look after me?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Dr. Randy S. D’Amico is a neurosurgical oncologist at Lenox Hill "
                    "Hospital. He is also Director of Northwell Health's Brain &amp; Spine "
                    "Metastasis Program.</p>"
                    "<p>He checks and treats people with spine metastases. He has a special focus "
                    "on people whose nerve symptoms are getting worse, whose spine is unstable, "
                    "whose pain has not eased with other treatment, or who have MESCC.</p>"
                    "<p>Dr. D’Amico works closely with medical oncology (cancer medicine "
                    "doctors), radiation oncology (radiation doctors) and pain specialists. "
                    "Together we aim to give you care that is coordinated, quick and planned "
                    "around you. We see people from across New York City and the tri-state "
                    "area.</p>"
                ),
            ),
        ],
        "when_surgery_helps": [
            ("heading", {"text": "When can surgery help?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Surgery is not right for everyone with spine metastases. Many people are "
                    "treated with radiation, cancer medicines or both. We look at your whole "
                    "situation with your cancer team before we suggest surgery.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "",
                    "intro": "Surgery is usually considered when:",
                    "items": [
                        (
                            "There is significant spinal cord compression. This means the cancer "
                            "is pressing hard on the spinal cord."
                        ),
                        (
                            "Nerve symptoms are getting worse, such as weakness, numbness or loss "
                            "of coordination."
                        ),
                        (
                            "The spine is unstable, or a bone in the spine (a vertebra) has "
                            "collapsed."
                        ),
                        (
                            "You have severe mechanical pain that radiation has not relieved. "
                            "Mechanical pain is pain that gets worse when you move, sit up or "
                            "stand."
                        ),
                        (
                            "Doctors need a tissue diagnosis (a sample of the tumor to find out "
                            "what it is), and a biopsy is not possible. A biopsy is a test that "
                            "takes a small sample, often with a needle."
                        ),
                        (
                            "The tumor is resistant to radiation or to systemic therapy. "
                            "Resistant means the treatment has not worked well on it. Systemic "
                            "therapy means medicines that treat cancer through the whole body."
                        ),
                        (
                            "Earlier radiation has not worked and the tumor has grown again. "
                            "Doctors call this post-radiation progression."
                        ),
                        (
                            "Quick treatment is needed to protect your ability to walk and move, "
                            "or to protect how your nerves work."
                        ),
                    ],
                },
            ),
            (
                "heading",
                {"text": "What if I've been told nothing more can be done?", "level": "h3"},
            ),
            (
                "paragraph",
                (
                    '<p>Some people are told that "nothing more can be done." If you have heard '
                    "this, it may still be worth talking to us.</p>"
                    "<p>Many people in this situation can still benefit from surgery. "
                    "Decompression takes pressure off the spinal cord or nerves. Stabilization "
                    "supports a weak spine. This is especially true when a team with experience "
                    "of cancer in the spine looks at your case.</p>"
                    "<p>We cannot promise that surgery is right for you. But we will look "
                    "carefully at your scans and your health, and talk honestly with you about "
                    "your choices.</p>"
                ),
            ),
            (
                "call_to_action",
                {
                    "heading": "Would you like another view?",
                    "text": (
                        "If you are not sure whether surgery, radiation or both could help you, "
                        "you can ask us for a second opinion."
                    ),
                    "page": "second-opinions",
                    "link_text": "Find out about second opinions",
                },
            ),
        ],
        "diagnosis": [
            ("heading", {"text": "What tests will I need?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Before we suggest any treatment, we need a clear picture of the cancer "
                    "and of your spine. You may have had some of these tests already. If so, we "
                    "can often use the results you have.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "",
                    "intro": "Checks usually include:",
                    "items": [
                        (
                            "An MRI scan of the spine. MRI uses strong magnets to take detailed "
                            "pictures. We scan the neck (cervical), upper and middle back "
                            "(thoracic) and lower back (lumbar) as needed."
                        ),
                        "A CT scan for bone detail. CT uses X-rays to show the bones clearly.",
                        (
                            "Whole-body staging with a PET/CT scan (a scan that uses a small "
                            "amount of a radioactive sugar to show where cancer is active, "
                            "combined with a CT scan). Staging means finding out where the cancer "
                            "is in your body."
                        ),
                        (
                            "A check of how stable your spine is. Doctors call this an assessment "
                            "of mechanical stability. It tells us if your spine can safely carry "
                            "your weight."
                        ),
                        (
                            "A look at the tumor's histology and molecular profile. Histology is "
                            "what the cancer cells look like under a microscope. The molecular "
                            "profile is the tumor's genetic make-up."
                        ),
                        (
                            "Talking with your oncology (cancer) team about systemic treatment "
                            "options. These are cancer medicines that work through the whole body."
                        ),
                    ],
                },
            ),
            ("heading", {"text": "What is the SINS score?", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>SINS stands for Spinal Instability Neoplastic Score. Neoplastic means "
                    "caused by a tumor. It is a tool doctors use to judge how stable the spine is "
                    "when a tumor has damaged it.</p>"
                    "<p>It looks at things like where the tumor is, whether your pain changes "
                    "when you move, and how the bone looks on scans.</p>"
                    "<p>Tools like SINS help us decide if your spine needs extra support. This "
                    "support is called stabilization.</p>"
                ),
            ),
            (
                "related_pages",
                {
                    "heading": "Read more about your scans and your choices",
                    "pages": [
                        "spinal-instability-and-sins",
                        "spinal-cord-compression-grades",
                        "how-we-decide-on-treatment",
                    ],
                },
            ),
            ("heading", {"text": "What should I bring to my appointment?", "level": "h3"}),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>Your recent scans, such as MRI, CT and PET/CT, on a disc or as an online "
                    "link, and the written reports</li>"
                    "<li>Letters or notes from your cancer doctors</li>"
                    "<li>Your pathology report, if you have one. This report describes the cancer "
                    "cells.</li>"
                    "<li>Details of any radiation you have had, and where on your body</li>"
                    "<li>A list of all the medicines you take</li>"
                    "<li>A list of your questions</li>"
                    "</ul>"
                    "<p>A family member or friend is welcome to come with you.</p>"
                ),
            ),
        ],
        "body": [
            (
                "faq",
                {
                    "heading": "Common questions",
                    "items": [
                        {
                            "question": "Does cancer in the spine always need surgery?",
                            "answer": (
                                "<p>No. Many people are treated with radiation, cancer medicines "
                                "or both. Surgery is one option. We decide together with you and "
                                "your cancer team.</p>"
                            ),
                        },
                        {
                            "question": "Will I still need radiation or other cancer treatment?",
                            "answer": (
                                "<p>Often, yes. Surgery is often followed by a precise kind of "
                                "radiation called SBRT (stereotactic body radiotherapy). Your "
                                "cancer doctor will talk with you about cancer medicines. We plan "
                                "the timing together.</p>"
                            ),
                        },
                        {
                            "question": "Can surgery help if I've already had radiation?",
                            "answer": (
                                "<p>It may. If the tumor has grown again after radiation, or your "
                                "pain has not improved after radiation, surgery is one of the "
                                "things we look at.</p>"
                            ),
                        },
                        {
                            "question": "Can I keep seeing my own cancer doctor?",
                            "answer": (
                                "<p>Yes. We work alongside your oncologist (cancer doctor) and "
                                "your other doctors. We share our advice with them, with your "
                                "permission.</p>"
                            ),
                        },
                        {
                            "question": "How quickly can I be seen?",
                            "answer": (
                                "<p>Some signs cannot wait for any appointment. Weakness, "
                                "numbness, trouble walking or standing, or bladder or bowel "
                                "problems that are new or getting worse are an emergency. Call "
                                "911 or go to the nearest emergency department now.</p>"
                                "<p>Urgent appointments are available for people with new or "
                                "progressive neurological symptoms (nerve symptoms that are new "
                                "or getting worse), after any emergency has been checked. Second "
                                "opinions are often available quickly.</p>"
                            ),
                        },
                        {
                            "question": "My scans are unclear. Can you help?",
                            "answer": (
                                "<p>Sometimes scans do not show clearly whether a bone in the "
                                "spine has a fracture (a break) or a tumor. We often review scans "
                                "when this is uncertain.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Are you a clinician?",
                    "text": (
                        "Score spinal instability with our SINS calculator and refer your patient "
                        "with the score filled in."
                    ),
                    "page": "for-clinicians/sins-calculator",
                    "link_text": "Open the SINS calculator",
                },
            ),
            (
                "related_pages",
                {
                    "heading": "Read more",
                    "pages": [
                        "symptoms",
                        "treatments",
                        "multidisciplinary-care",
                        "second-opinions",
                        "request-a-consultation",
                    ],
                },
            ),
        ],
        "symptoms": [
            "back-pain",
            "radiating-pain",
            "night-pain",
            "weakness-or-difficulty-walking",
            "numbness-or-tingling",
            "balance-and-coordination",
            "bladder-or-bowel-problems",
        ],
        "treatments": [
            "decompression-surgery",
            "stabilization-and-reconstruction",
            "minimally-invasive-options",
            "radiotherapy-coordination",
        ],
    },
]


# Symptoms: the index page at "symptoms" and one page per symptom, in the seed's order.
SYMPTOM_INDEX = {
    "title": "Symptoms",
    "summary": (
        "The symptoms of cancer in the spine, what they can mean and how quickly to get help. "
        "Some are an emergency."
    ),
    "search_description": (
        "Symptoms of spine metastases: back pain, pain in the arms or legs, weakness, numbness, "
        "balance, bladder or bowel problems. When to get help."
    ),
}


SYMPTOMS = [
    {
        "slug": "back-pain",
        "title": "Severe or worsening back pain",
        "red_flags": [
            "neck_back_pain",
            "back_pain",
            "mechanical_pain",
            "straining_pain",
            "tender_spot",
        ],
        "summary": (
            "If you have cancer, back pain that is severe or getting worse can be a sign that "
            "cancer has spread to the spine. Tell us or your cancer team the same day."
        ),
        "search_description": (
            "Severe or worsening back pain when you have cancer can be a sign of spine "
            "metastases. What it can mean and when to get help."
        ),
        "body": [
            ("heading", {"text": "What can severe or worsening back pain mean?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Back pain is common, and most back pain has other causes. But if you have "
                    "cancer, back pain that is severe or getting worse needs to be checked.</p>"
                    "<p>It can be a sign of spine metastases (cancer that has spread to the spine "
                    "from where it started).</p>"
                    "<p>Pain that stops you sleeping or is worse when you lie flat, and pain that "
                    "spreads around your body or down an arm or leg, need checking too. They "
                    "have their own pages, linked below.</p>"
                ),
            ),
            ("heading", {"text": "Why does it matter if I have cancer?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Cancer in the spine can weaken the bones of the spine (the vertebrae). A "
                    "weak bone can break or collapse. Cancer can also press on nerves or on the "
                    "spinal cord, the bundle of nerves inside the spine.</p>"
                    "<p>Pain that gets worse when you move, sit up or stand, and eases when you "
                    "lie still, is called mechanical pain. It can mean the spine is not "
                    "stable.</p>"
                    "<p>Finding the cause early can give you and your team more choices.</p>"
                ),
            ),
            (
                "care_card",
                {
                    "flags": [
                        "neck_back_pain",
                        "back_pain",
                        "mechanical_pain",
                        "straining_pain",
                        "tender_spot",
                    ],
                    "heading": "Back or neck pain when you have cancer",
                    "body": (
                        "<p>This is about back or neck pain in someone who has cancer or has had "
                        "cancer. Tell us about pain like this:</p>"
                    ),
                },
            ),
            (
                "care_card",
                {
                    "flags": CORD_COMPRESSION,
                    "heading": "Back pain with weakness, numbness or bladder or bowel problems",
                    "body": (
                        "<p>These can mean cancer is pressing on the spinal cord, with or without "
                        "back pain. Act on any of them that is new or getting worse.</p>"
                    ),
                },
            ),
            ("heading", {"text": "What should I tell you?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>Where the pain is, and when it started</li>"
                    "<li>Whether it is getting worse, and how fast</li>"
                    "<li>What makes it better or worse, such as moving, sitting or lying down</li>"
                    "<li>Whether it is worse at night</li>"
                    "<li>Any pain medicines you have tried</li>"
                    "<li>Any radiation you have had to that part of your back</li>"
                    "</ul>"
                ),
            ),
            (
                "related_pages",
                {
                    "heading": "Related pages",
                    "pages": [
                        "symptoms/night-pain",
                        "symptoms/radiating-pain",
                        "conditions/spine-metastases",
                        "treatments/stabilization-and-reconstruction",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "radiating-pain",
        "title": "Pain that spreads to your arms or legs",
        "red_flags": ["radiating_pain"],
        "summary": (
            "Pain that radiates (spreads) from your spine to your arms or legs, or around your "
            "body like a band, can mean cancer is pressing on a nerve. Call us or your cancer "
            "team now."
        ),
        "search_description": (
            "Pain that radiates to the arms or legs can mean cancer in the spine is pressing on a "
            "nerve. What it feels like and when to get help."
        ),
        "body": [
            ("heading", {"text": "What is radiating pain?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Radiating pain starts near the spine and spreads along an arm or a leg, "
                    "or around your chest or belly like a band. It may feel sharp, burning or "
                    "shooting, like an electric shock.</p>"
                    "<p>Pain from the neck may spread down into your shoulder, arm or hand. Pain "
                    "from the lower back may spread into your buttock, leg or foot.</p>"
                ),
            ),
            ("heading", {"text": "Why does it happen?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Nerves leave the spine through small gaps between the bones. They carry "
                    "feeling and movement to your arms and legs.</p>"
                    "<p>If cancer in the spine presses on one of these nerves, you can feel pain "
                    "along the path of that nerve. This can happen even when the problem is in "
                    "your spine, not in your arm, leg or chest.</p>"
                    "<p>Radiating pain can be an early sign of pressure on the nerves or on the "
                    "spinal cord (the bundle of nerves inside the spine). That is why you should "
                    "call now, not later in the day.</p>"
                ),
            ),
            (
                "care_card",
                {
                    "flags": ["radiating_pain"],
                    "heading": "Pain that spreads from your spine",
                    "body": (
                        "<p>This is about pain that starts in your back or neck and spreads, when "
                        "you have cancer or have had cancer:</p>"
                    ),
                },
            ),
            (
                "care_card",
                {
                    "flags": CORD_COMPRESSION,
                    "heading": (
                        "Spreading pain with weakness, numbness or bladder or bowel problems"
                    ),
                    "body": (
                        "<p>These can mean cancer is pressing on the spinal cord or nerves, with "
                        "or without pain. Act on any of them that is new or getting worse.</p>"
                    ),
                },
            ),
            ("heading", {"text": "What should I tell you?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>Which arm or leg is affected, and whether it is one side or both</li>"
                    "<li>Where the pain starts and where it travels to</li>"
                    "<li>Whether you also have numbness, tingling or weakness in that arm or "
                    "leg</li>"
                    "<li>When it started, and whether it is getting worse</li>"
                    "</ul>"
                ),
            ),
            (
                "related_pages",
                {
                    "heading": "Related pages",
                    "pages": [
                        "symptoms/numbness-or-tingling",
                        "symptoms/weakness-or-difficulty-walking",
                        "treatments/decompression-surgery",
                        "conditions/spine-metastases",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "night-pain",
        "title": "Pain that is worse at night or when lying flat",
        "red_flags": ["night_pain"],
        "summary": (
            "Back pain that is worse at night or when you lie flat is a warning sign when you "
            "have cancer. Tell us or your cancer team the same day."
        ),
        "search_description": (
            "Back pain that is worse at night or when lying flat can be a sign of cancer in the "
            "spine. What it can mean and when to get help."
        ),
        "body": [
            ("heading", {"text": "Why is pain at night a warning sign?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>If you have cancer, pain that is worse at night, wakes you up, or gets "
                    "worse when you lie flat can be a sign of spine metastases (cancer that has "
                    "spread to the spine).</p>"
                    "<p>Pain that eases when you lie down still needs to be checked. Pain that "
                    "is worse when you move, sit up or stand, and better when you lie still, can "
                    "mean the spine is unstable. This means it may not be able to carry your "
                    "weight safely.</p>"
                ),
            ),
            ("heading", {"text": "What might I notice?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>Pain that wakes you from sleep</li>"
                    "<li>Pain that is worse when you lie on your back</li>"
                    "<li>Needing to sleep sitting up, for example in a chair</li>"
                    "<li>Pain at night that pain medicines do not ease as well as before</li>"
                    "</ul>"
                ),
            ),
            (
                "care_card",
                {
                    "flags": ["night_pain"],
                    "heading": "Pain that stops you sleeping or is worse lying flat",
                    "body": (
                        "<p>This is about back or neck pain in someone who has cancer or has had "
                        "cancer:</p>"
                    ),
                },
            ),
            (
                "care_card",
                {
                    "flags": CORD_COMPRESSION,
                    "heading": "Night pain with weakness, numbness or bladder or bowel problems",
                    "body": (
                        "<p>These can mean cancer is pressing on the spinal cord, with or without "
                        "pain. Act on any of them that is new or getting worse.</p>"
                    ),
                },
            ),
            ("heading", {"text": "How can I help you understand my pain?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>It can help to keep a short pain diary for a few days. Write down when "
                    "the pain happens, how bad it is on a scale from zero to ten, and what you "
                    "were doing.</p>"
                    "<p>Bring the diary to your appointment, or tell us what it shows when you "
                    "call. Do not wait to finish a diary before you contact us.</p>"
                ),
            ),
            (
                "related_pages",
                {
                    "heading": "Related pages",
                    "pages": [
                        "symptoms/back-pain",
                        "conditions/spine-metastases",
                        "request-a-consultation",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "weakness-or-difficulty-walking",
        "title": "Weakness or difficulty walking",
        "red_flags": ["weakness", "balance"],
        "summary": (
            "Weakness, or trouble walking or standing, that is new or getting worse can mean "
            "cancer is pressing on the spinal cord. This is an emergency."
        ),
        "search_description": (
            "New weakness in the legs or arms or difficulty walking can be a sign of spinal cord "
            "compression. This is an emergency. What to do."
        ),
        "body": [
            (
                "care_card",
                {
                    "flags": ["weakness", "balance"],
                    "heading": "Weakness or trouble walking that is new or getting worse",
                    "body": (
                        "<p>This is about any of these that is new or getting worse, even if it "
                        "seems mild. Pressure on the spinal cord often builds up over days, so do "
                        "not wait to see if it gets better.</p>"
                    ),
                },
            ),
            ("heading", {"text": "What might weakness feel like?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>Your legs feel heavy, stiff or wobbly</li>"
                    "<li>You trip, stumble or drag a foot</li>"
                    "<li>It is hard to climb stairs or get up from a chair</li>"
                    "<li>Your arms or hands feel weak or clumsy, or you drop things</li>"
                    "<li>You cannot walk as far as you could before</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Why is it an emergency?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>New weakness can be a sign of MESCC (metastatic epidural spinal cord "
                    "compression: cancer pressing on the spinal cord). The spinal cord carries "
                    "the messages that make your muscles move.</p>"
                    "<p>Acting quickly matters. Treatment aims to protect your ability to walk "
                    "and move. When weakness is caused by pressure on the spinal cord, surgery to "
                    "take the pressure off (decompression) is one of the options doctors "
                    "consider.</p>"
                ),
            ),
            ("heading", {"text": "What happens when I get help?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Doctors will usually check your strength, feeling and reflexes. They will "
                    "often arrange an MRI scan of your spine. MRI uses strong magnets to take "
                    "detailed pictures.</p>"
                    "<p>If you can, bring a list of your medicines and the name of your cancer "
                    "doctor. Tell the team that you have cancer.</p>"
                    "<p>Weakness that is new or getting worse is an emergency, so do not wait "
                    "for an appointment with us. Once you have been checked, your doctors can "
                    "contact us about what comes next.</p>"
                ),
            ),
            (
                "related_pages",
                {
                    "heading": "Related pages",
                    "pages": [
                        "treatments/decompression-surgery",
                        "symptoms/balance-and-coordination",
                        "symptoms/bladder-or-bowel-problems",
                        "conditions/spine-metastases",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "numbness-or-tingling",
        "title": "Numbness or tingling",
        "red_flags": ["numbness", "numbness_band", "numbness_saddle"],
        "summary": (
            "Numbness or tingling in your arms or legs, in a band around your body, or between "
            "your legs can mean cancer is pressing on the spinal cord. If it is new or getting "
            "worse, this is an emergency."
        ),
        "search_description": (
            "Numbness or tingling when you have cancer can be a sign of pressure on the spinal "
            "cord. If it is new or getting worse, it is an emergency. What to do."
        ),
        "body": [
            ("heading", {"text": "What might I notice?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>Pins and needles in your arms, hands, legs or feet</li>"
                    '<li>Parts of your skin feel numb, dull or "dead"</li>'
                    "<li>A band of numbness or odd feeling around your chest or belly</li>"
                    "<li>Numbness between your legs or around your bottom, for example when you "
                    "wipe after using the toilet</li>"
                    "<li>Not being able to feel hot, cold or touch as well as before</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "What can numbness or tingling mean?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Nerves carry feeling from your skin to your brain, through the spinal "
                    "cord. If cancer in the spine presses on a nerve or on the spinal cord, these "
                    "messages can be blocked or mixed up.</p>"
                    "<p>Each kind of numbness listed at the top of this page is an emergency on "
                    "its own when it is new or getting worse. You do not need to have weakness "
                    "or bladder or bowel problems as well.</p>"
                    "<p>Some cancer medicines can also cause numbness or tingling, often in the "
                    "hands and feet. It can be hard to tell the cause yourself, so do not wait to "
                    "find out.</p>"
                ),
            ),
            (
                "care_card",
                {
                    "flags": ["numbness", "numbness_band", "numbness_saddle"],
                    "heading": "Numbness or tingling that is new or getting worse",
                    "body": (
                        "<p>Any one of these is enough to act on, even without weakness or "
                        "bladder or bowel problems:</p>"
                    ),
                },
            ),
            (
                "care_card",
                {
                    "flags": ["weakness", "balance", "bladder_bowel"],
                    "heading": (
                        "Numbness with weakness, unsteadiness or bladder or bowel problems"
                    ),
                    "body": (
                        "<p>These can come with numbness, or on their own. Act on any of them "
                        "that is new or getting worse.</p>"
                    ),
                },
            ),
            ("heading", {"text": "What should I tell you?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>Where the numbness or tingling is, and whether it is on one side or "
                    "both</li>"
                    "<li>When it started, and whether it is spreading</li>"
                    "<li>Whether you also have pain, weakness or trouble with balance</li>"
                    "<li>Which cancer medicines you take or have taken</li>"
                    "</ul>"
                    "<p>If you are not sure whether a change is new, get help now rather than "
                    "waiting.</p>"
                ),
            ),
            (
                "related_pages",
                {
                    "heading": "Related pages",
                    "pages": [
                        "symptoms/radiating-pain",
                        "symptoms/balance-and-coordination",
                        "symptoms/bladder-or-bowel-problems",
                        "conditions/spine-metastases",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "balance-and-coordination",
        "title": "Loss of balance or coordination",
        "red_flags": ["balance"],
        "summary": (
            "Feeling unsteady on your feet, or needing to hold on to walls, can be a sign that "
            "cancer is pressing on the spinal cord. If it is new or getting worse, this is an "
            "emergency."
        ),
        "search_description": (
            "Loss of balance or coordination when you have cancer can be a sign of pressure on "
            "the spinal cord. New or worsening unsteadiness is an emergency."
        ),
        "body": [
            ("heading", {"text": "What might I notice?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>You feel unsteady on your feet, or feel you might fall</li>"
                    "<li>You need to hold on to walls or furniture</li>"
                    "<li>You need to look at your feet to walk safely</li>"
                    "<li>Your hands feel clumsy, for example with buttons, writing or keys</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Why can cancer in the spine affect balance?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Your spinal cord carries messages about where your arms and legs are and "
                    "how they are moving. Your brain uses these messages to keep you steady.</p>"
                    "<p>If cancer presses on the spinal cord, these messages can be disturbed. "
                    "You may lose balance or coordination even if your muscles still feel "
                    "strong.</p>"
                    "<p>Balance problems have many possible causes. Your team will work out what "
                    "is causing yours.</p>"
                ),
            ),
            (
                "care_card",
                {
                    "flags": ["balance"],
                    "heading": "Unsteadiness that is new or getting worse",
                    "body": (
                        "<p>This is about feeling unsteady in a way that is new or getting worse, "
                        "when you have cancer or have had cancer. Your muscles may still feel "
                        "strong.</p>"
                    ),
                },
            ),
            (
                "care_card",
                {
                    "flags": ["weakness", "numbness", "numbness_saddle", "bladder_bowel"],
                    "heading": "Unsteadiness with weakness, numbness or bladder or bowel problems",
                    "body": (
                        "<p>These can come with balance problems, or on their own. Act on any of "
                        "them that is new or getting worse.</p>"
                    ),
                },
            ),
            ("heading", {"text": "How can I stay safe?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>If your unsteadiness is new or getting worse, get help first. These tips "
                    "are for after you have been checked, or for balance problems your team "
                    "already knows about:</p>"
                    "<ul>"
                    "<li>Clear things you could trip on, such as loose rugs and cables</li>"
                    "<li>Use a walking aid if you already have one</li>"
                    "<li>Turn on lights when you get up at night</li>"
                    "<li>Ask someone to be nearby when you use the stairs or shower</li>"
                    "</ul>"
                ),
            ),
            (
                "related_pages",
                {
                    "heading": "Related pages",
                    "pages": [
                        "symptoms/weakness-or-difficulty-walking",
                        "symptoms/numbness-or-tingling",
                        "multidisciplinary-care",
                        "conditions/spine-metastases",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "bladder-or-bowel-problems",
        "title": "Bladder or bowel control problems",
        "red_flags": ["bladder_bowel", "numbness_saddle"],
        "summary": (
            "Difficulty controlling your bladder or bowels can mean cancer is pressing on the "
            "spinal cord or nerves. This is an emergency."
        ),
        "search_description": (
            "Difficulty controlling bladder or bowel function can be a sign of spinal cord "
            "compression. This is an emergency. What to look out for."
        ),
        "body": [
            (
                "care_card",
                {
                    "flags": ["bladder_bowel", "numbness_saddle"],
                    "heading": "Difficulty controlling your bladder or bowels",
                    "body": (
                        "<p>Act on either of these that is new or getting worse, even if you have "
                        "no back pain or weakness:</p>"
                    ),
                },
            ),
            ("heading", {"text": "What might I notice?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>You cannot pee, or find it hard to start</li>"
                    "<li>You leak urine without knowing or without feeling the need to go</li>"
                    "<li>You cannot feel when your bladder is full</li>"
                    "<li>You lose control of your bowels</li>"
                    "<li>You feel numb between your legs or around your bottom</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Why is it an emergency?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>The nerves that control your bladder and bowels run through the spine. If "
                    "cancer presses on the spinal cord or on these nerves, you can lose "
                    "control.</p>"
                    "<p>This can be a sign of MESCC (metastatic epidural spinal cord compression: "
                    "cancer pressing on the spinal cord). It needs checking straight away.</p>"
                ),
            ),
            ("heading", {"text": "What if I am not sure?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Some medicines, including some pain medicines, can change how your "
                    "bladder or bowels work. It can be hard to know the cause.</p>"
                    "<p>If you are not sure whether a change is serious, get help now rather than "
                    "waiting. Please do not feel embarrassed. Doctors and nurses ask about these "
                    "problems every day.</p>"
                ),
            ),
            (
                "related_pages",
                {
                    "heading": "Related pages",
                    "pages": [
                        "symptoms/weakness-or-difficulty-walking",
                        "symptoms/numbness-or-tingling",
                        "treatments/decompression-surgery",
                        "conditions/spine-metastases",
                    ],
                },
            ),
        ],
    },
]


# Treatments: the index page at "treatments" and one page per treatment.
TREATMENT_INDEX = {
    "title": "Treatments",
    "summary": (
        "The kinds of surgery we offer for cancer that has spread to the spine, and how we plan "
        "surgery and radiation together."
    ),
    "search_description": (
        "Treatments for spine metastases: decompression surgery, stabilization, minimally "
        "invasive options and coordination with radiation therapy."
    ),
}


TREATMENTS = [
    {
        "slug": "decompression-surgery",
        "title": "Decompression surgery",
        "summary": (
            "Decompression surgery removes tumor that is pressing on the spinal cord or nerves, "
            "to take the pressure off."
        ),
        "search_description": (
            "Decompression surgery removes tumor from the spinal canal to relieve pressure on the "
            "spinal cord or nerves. Who it is for and what happens after."
        ),
        "what_it_is": [
            ("heading", {"text": "What is decompression surgery?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Decompression means taking pressure off. In this surgery, the surgeon "
                    "removes tumor from the spinal canal. The spinal canal is the tunnel inside "
                    "the spine where the spinal cord and nerves run.</p>"
                    "<p>Removing the tumor relieves pressure on the nerves or the spinal cord.</p>"
                    "<p>If the cancer has also weakened the bones of your spine, you may need "
                    "them supported in the same operation. This is called stabilization.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>In some people, decompression can be done through a smaller opening. This "
                    "is called minimally invasive decompression.</p>"
                ),
            ),
        ],
        "who_it_is_for": [
            ("heading", {"text": "Who might need decompression surgery?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Decompression is very important when people have weakness or other signs "
                    "of MESCC (metastatic epidural spinal cord compression: cancer pressing on "
                    "the spinal cord).</p>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "",
                    "intro": "Your team may suggest it when:",
                    "items": [
                        "There is significant spinal cord compression",
                        (
                            "Nerve symptoms, such as weakness, numbness or loss of coordination, "
                            "are getting worse"
                        ),
                        (
                            "Quick treatment is needed to protect your ability to walk and move, "
                            "or to protect how your nerves work"
                        ),
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Surgery is not right for everyone. We look at your scans, your general "
                    "health and your cancer treatment plan with your cancer team. Then we talk "
                    "with you about whether surgery could help you.</p>"
                ),
            ),
        ],
        "risks": SURGERY_RISKS,
        "hospital_stay": TO_CONFIRM,
        "after_you_go_home": [*SURGERY_AFTER_HOME_INTRO, *AFTER_SURGERY_CARDS],
        "recovery": [
            ("heading", {"text": "What happens after surgery?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Everyone recovers differently. Your team will talk with you about how "
                    "long you may stay in the hospital and what to expect.</p>"
                    "<p>A neuro-rehabilitation team may help you get moving again. "
                    "Neuro-rehabilitation helps people rebuild strength and movement after nerve "
                    "problems or surgery.</p>"
                    "<p>Surgery is often followed by SBRT (stereotactic body radiotherapy: very "
                    "precise, high-dose radiation) to control any tumor that is left. Your cancer "
                    "doctor will talk with you about any cancer medicines.</p>"
                ),
            ),
            *SURGERY_RECOVERY,
            (
                "checklist",
                {
                    "heading": "Questions you may want to ask",
                    "intro": "",
                    "items": [
                        "What is the aim of this surgery for me?",
                        "Will my spine also need to be stabilized?",
                        "When will I be able to get up and walk?",
                        "Will I need radiation afterwards, and when?",
                        "Who do I call if I am worried after I go home?",
                    ],
                },
            ),
        ],
        "body": [
            (
                "related_pages",
                {
                    "heading": "Related pages",
                    "pages": [
                        "treatments/stabilization-and-reconstruction",
                        "treatments/radiotherapy-coordination",
                        "symptoms/weakness-or-difficulty-walking",
                        "conditions/spine-metastases",
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Would you like to talk to us?",
                    "text": (
                        "Ask for an appointment to find out whether decompression surgery could "
                        "help you."
                    ),
                    "page": "request-a-consultation",
                    "link_text": "Request a consultation",
                },
            ),
        ],
    },
    {
        "slug": "stabilization-and-reconstruction",
        "title": "Stabilization and reconstruction",
        "summary": (
            "When cancer has weakened the spine, surgery can support it with screws and rods, a "
            "replacement for a damaged bone, or bone cement."
        ),
        "search_description": (
            "Spine stabilization and reconstruction for cancer: screws and rods, vertebral body "
            "replacement, cement augmentation and minimally invasive options."
        ),
        "what_it_is": [
            ("heading", {"text": "What is stabilization and reconstruction?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Cancer can weaken the bones of the spine (the vertebrae). A weak spine "
                    "may not hold its shape or carry your weight safely. Doctors call this spinal "
                    "instability.</p>"
                    "<p>Stabilization means making the spine steady again. Reconstruction means "
                    "rebuilding the parts of the spine that the tumor has damaged.</p>"
                    "<p>To do this, surgeons may use instrumentation. Instrumentation means "
                    "medical implants, such as screws and rods, that support the spine.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "What might this involve?",
                    "intro": "Depending on what your spine needs, this may include:",
                    "items": [
                        (
                            "Screws and rods. Screws are placed in the bones of the spine and "
                            "joined with rods to hold the spine steady."
                        ),
                        (
                            "Vertebral body replacement or cement augmentation. The vertebral "
                            "body is the main block of bone at the front of each vertebra. A "
                            "badly damaged one can be replaced with an implant. Or weak bone can "
                            "be strengthened with bone cement, called cement augmentation."
                        ),
                        (
                            "Minimally invasive stabilization techniques. These place the "
                            "implants through smaller cuts in the skin."
                        ),
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>The goal is to restore alignment (to line the spine up properly), prevent "
                    "further collapse and reduce pain.</p>"
                ),
            ),
        ],
        "who_it_is_for": [
            ("heading", {"text": "Who might need their spine stabilized?", "level": "h2"}),
            (
                "checklist",
                {
                    "heading": "",
                    "intro": "Stabilization may be considered when:",
                    "items": [
                        "The spine is unstable, or a bone in the spine has collapsed",
                        (
                            "You have severe mechanical pain (pain that gets worse when you move, "
                            "sit up or stand) that radiation has not relieved"
                        ),
                        "Decompression surgery is needed and the spine also needs support",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Tools like the SINS score (Spinal Instability Neoplastic Score) help "
                    "guide this decision. SINS is a way of judging how stable the spine is when a "
                    "tumor has damaged it. It looks at things like where the tumor is, whether "
                    "your pain changes when you move, and how the bone looks on scans.</p>"
                ),
            ),
        ],
        "risks": [*SURGERY_RISKS, *HARDWARE_RISKS],
        "hospital_stay": TO_CONFIRM,
        "after_you_go_home": [*SURGERY_AFTER_HOME_INTRO, *AFTER_SURGERY_CARDS],
        "recovery": [
            ("heading", {"text": "What happens after surgery?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Your team will talk with you about your recovery. This includes when you "
                    "can get up, how to move safely and what to avoid for a while.</p>"
                    "<p>A neuro-rehabilitation team, including physical therapists, may help you "
                    "get back your strength and your independence.</p>"
                    "<p>You may also have radiation after surgery. The surgical team and the "
                    "radiation oncology team (the doctors who plan radiation) plan the timing "
                    "together.</p>"
                ),
            ),
            *SURGERY_RECOVERY,
            (
                "checklist",
                {
                    "heading": "Questions you may want to ask",
                    "intro": "",
                    "items": [
                        "Which kind of stabilization do you suggest for me, and why?",
                        "Could a minimally invasive approach work for me?",
                        "What movements should I avoid while I recover?",
                        "Will I need a brace or a walking aid?",
                    ],
                },
            ),
        ],
        "body": [
            (
                "related_pages",
                {
                    "heading": "Related pages",
                    "pages": [
                        "treatments/decompression-surgery",
                        "treatments/minimally-invasive-options",
                        "symptoms/back-pain",
                        "conditions/spine-metastases",
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Has your doctor said your spine may be unstable?",
                    "text": (
                        "We can look at your scans and talk with you about whether stabilization "
                        "could help."
                    ),
                    "page": "request-a-consultation",
                    "link_text": "Request a consultation",
                },
            ),
        ],
    },
    {
        "slug": "minimally-invasive-options",
        "title": "Minimally invasive options",
        "summary": (
            "Some spine surgery can be done through small cuts in the skin. Depending on the "
            "tumor, this can shorten recovery."
        ),
        "search_description": (
            "Minimally invasive spine surgery for cancer: percutaneous screw fixation, minimally "
            "invasive decompression, kyphoplasty and vertebroplasty."
        ),
        "what_it_is": [
            ("heading", {"text": "What does minimally invasive mean?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Minimally invasive surgery is done through small cuts in the skin, "
                    "instead of one larger opening. The surgeon uses special tools and X-ray "
                    "images to guide the work.</p>"
                    "<p>Depending on where the tumor is and how stable your spine is, these "
                    "approaches can reduce recovery time.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "What are the options?",
                    "intro": "",
                    "items": [
                        (
                            "Percutaneous screw fixation. Percutaneous means through the skin. "
                            "Screws and rods are placed through small cuts to hold the spine "
                            "steady."
                        ),
                        (
                            "Minimally invasive decompression. Tumor that is pressing on the "
                            "spinal cord or nerves is removed through a smaller opening."
                        ),
                        (
                            "Kyphoplasty or vertebroplasty. Bone cement is put into a weak or "
                            "broken vertebra (a bone of the spine) through a needle, to make it "
                            "stronger. In "
                            "kyphoplasty, a small balloon first makes a space for the cement."
                        ),
                    ],
                },
            ),
        ],
        "who_it_is_for": [
            ("heading", {"text": "Could a minimally invasive option work for me?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>It depends on where the tumor is and how stable your spine is. These "
                    "options are not right for everyone.</p>"
                    "<p>Sometimes a larger operation is the safer way to take pressure off the "
                    "spinal cord or to support the spine. We will explain which approach we "
                    "suggest for you, and why.</p>"
                ),
            ),
        ],
        "risks": [
            *SURGERY_RISKS,
            *HARDWARE_RISKS,
            (
                "paragraph",
                (
                    "<p><b>A leak of bone cement.</b> In kyphoplasty or vertebroplasty, a little "
                    "cement can leak out of the bone. Most leaks cause no problems. Rarely, "
                    "cement presses on a nerve or travels in a blood vessel to the lungs.</p>"
                ),
            ),
        ],
        "hospital_stay": TO_CONFIRM,
        "after_you_go_home": [
            *SURGERY_AFTER_HOME_INTRO,
            (
                "care_card",
                {
                    "flags": [*CORD_COMPRESSION, "chest_pain_breathless"],
                    "heading": "Signs to act on straight away after a procedure",
                    "body": (
                        "<p>After you go home, act on any of these that is new or getting "
                        "worse. Chest pain or shortness of breath can mean a blood clot has "
                        "reached the lungs.</p>"
                    ),
                },
            ),
            (
                "care_card",
                {
                    "flags": [
                        "wound_infection",
                        "wound_clear_fluid",
                        "calf_swelling",
                        "severe_new_pain",
                    ],
                    "heading": "Problems to tell us about the same day after a procedure",
                    "body": (
                        "<p>These can be signs of an infection, a leak of the fluid around the "
                        "spinal cord, or a blood clot in the leg:</p>"
                    ),
                },
            ),
        ],
        "recovery": [
            ("heading", {"text": "What is recovery like?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Smaller cuts can mean a shorter recovery. But everyone is different. Your "
                    "team will talk with you about what to expect, including how soon you can "
                    "move around and when radiation or other cancer treatment can go ahead.</p>"
                ),
            ),
            *SURGERY_RECOVERY,
        ],
        "body": [
            (
                "related_pages",
                {
                    "heading": "Related pages",
                    "pages": [
                        "treatments/stabilization-and-reconstruction",
                        "treatments/decompression-surgery",
                        "conditions/spine-metastases",
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Want to know if a smaller operation could work for you?",
                    "text": (
                        "Ask for an appointment, or ask us for a second opinion on a plan you "
                        "have been offered."
                    ),
                    "page": "request-a-consultation",
                    "link_text": "Request a consultation",
                },
            ),
        ],
    },
    {
        "slug": "radiotherapy-coordination",
        "title": "Surgery and radiation therapy together",
        "summary": (
            "Surgery is often followed by precise radiation to control tumor that is left. We "
            "plan the timing and order with the radiation oncology team."
        ),
        "search_description": (
            "How spine surgery and radiation therapy (SBRT, IMRT) work together for spine "
            "metastases, and how surgical and radiation teams plan the timing."
        ),
        "what_it_is": [
            ("heading", {"text": "Why would I have radiation after surgery?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Radiation therapy (also called radiotherapy) uses high-energy beams to "
                    "treat cancer. A radiation oncologist is the doctor who plans it.</p>"
                    "<p>Surgery is often followed by SBRT (stereotactic body radiotherapy). SBRT "
                    "is very precise, high-dose radiation aimed closely at the tumor. It is used "
                    "to control residual tumor, meaning any tumor left after surgery.</p>"
                    "<p>Another kind of radiation is IMRT (intensity-modulated radiation "
                    "therapy). IMRT shapes the radiation beams to fit the shape of the tumor.</p>"
                ),
            ),
        ],
        "who_it_is_for": [
            ("heading", {"text": "Do I need surgery, radiation or both?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>It depends on your situation. Some people need radiation only. Some need "
                    "surgery first and radiation after. We decide together with the radiation "
                    "oncology team and your cancer doctor.</p>"
                    "<p>Surgery may be considered when:</p>"
                    "<ul>"
                    "<li>pain caused by movement has not been relieved by radiation</li>"
                    "<li>the tumor is resistant to radiation (it has not responded well to "
                    "it)</li>"
                    "<li>earlier radiation has not worked and the tumor has grown again "
                    "(post-radiation progression)</li>"
                    "</ul>"
                    "<p>If you are not sure whether surgery, radiation or both would help you, a "
                    "second opinion can help make this clear.</p>"
                ),
            ),
        ],
        "risks": [
            ("heading", {"text": "What side effects can radiation cause?", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Radiation has its own side effects. They are different from the risks of "
                    "surgery. Most depend on which part of the spine is treated. The radiation "
                    "oncology team will tell you what to expect and how to manage it.</p>"
                    "<ul>"
                    "<li><b>Tiredness</b> is common. It can last for some weeks after "
                    "treatment.</li>"
                    "<li><b>Skin changes</b> where the beams go in. The skin may get red, dry or "
                    "itchy.</li>"
                    "<li><b>A pain flare.</b> Pain in the treated area may get worse for a few "
                    "days before it gets better. Steroid medicine can help.</li>"
                    "<li><b>Side effects near the treated area.</b> Treatment to the neck can "
                    "cause a sore throat or trouble swallowing. Treatment to the middle or lower "
                    "back can cause an upset stomach or diarrhea (loose, watery poop).</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "What is rare?", "level": "h3"}),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>The treated bone can break or collapse later, sometimes months after "
                    "treatment. This can cause new pain.</li>"
                    "<li>Very rarely, radiation harms the spinal cord. Planning keeps the dose to "
                    "the cord as low as possible.</li>"
                    "</ul>"
                    "<p>If you have surgery first, the risks of surgery are explained on the "
                    "page about that operation.</p>"
                ),
            ),
        ],
        "after_you_go_home": [
            (
                "care_card",
                {
                    "flags": CORD_COMPRESSION,
                    "heading": "Signs to act on straight away during or after radiation",
                    "body": (
                        "<p>Act on any of these that is new or getting worse, even if it seems "
                        "mild:</p>"
                    ),
                },
            ),
            (
                "care_card",
                {
                    "flags": ["severe_new_pain", "back_pain"],
                    "heading": "Pain to tell us about the same day",
                    "body": (
                        "<p>A pain flare is common after radiation, but tell us the same day "
                        "about:</p>"
                    ),
                },
            ),
        ],
        "recovery": [
            ("heading", {"text": "How are surgery and radiation timed?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>The order of treatments, and the time between them, matters. We work "
                    "closely with the radiation oncology team to plan the right timing and "
                    "sequence (order) for you.</p>"
                    "<p>Your teams will tell you when radiation is planned and what to expect. "
                    "The radiation oncology team will explain possible side effects and how to "
                    "manage them.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "Questions you may want to ask",
                    "intro": "",
                    "items": [
                        "Will I have radiation after surgery, and what kind?",
                        "When will radiation start?",
                        "Who do I contact with questions about radiation?",
                        "How will my cancer medicines fit around surgery and radiation?",
                    ],
                },
            ),
        ],
        "body": [
            (
                "related_pages",
                {
                    "heading": "Related pages",
                    "pages": [
                        "multidisciplinary-care",
                        "treatments/decompression-surgery",
                        "second-opinions",
                        "conditions/spine-metastases",
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Not sure if you need surgery, radiation or both?",
                    "text": "A second opinion can help you understand your choices.",
                    "page": "second-opinions",
                    "link_text": "Find out about second opinions",
                },
            ),
        ],
    },
]


# Areas we serve: the index page at "areas-we-serve" and one page per area.
AREA_INDEX = {
    "title": "Areas we serve",
    "summary": (
        "We see patients at Lenox Hill Hospital from across New York City, Long Island, "
        "Westchester and Northern New Jersey."
    ),
    "search_description": (
        "Spine metastasis care at Lenox Hill Hospital for patients from Manhattan, Brooklyn, "
        "Queens, the Bronx, Long Island, Westchester and Northern New Jersey."
    ),
}


SERVICE_AREAS = [
    {
        "slug": "manhattan",
        "title": "Care for patients from Manhattan",
        "area_name": "Manhattan",
        "summary": (
            "If you live in Manhattan, you can reach us at Lenox Hill Hospital on the Upper East "
            "Side by subway, bus or taxi."
        ),
        "search_description": (
            "Spine metastasis care for Manhattan patients at Lenox Hill Hospital, 100 E 77th St "
            "on the Upper East Side. Getting here and urgent appointments."
        ),
        "body": [
            (
                "heading",
                {
                    "text": "How do I get to Lenox Hill Hospital from elsewhere in Manhattan?",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Lenox Hill Hospital is at 100 E 77th St, between Park Avenue and "
                    "Lexington Avenue, on the Upper East Side.</p>"
                    "<ul>"
                    "<li><b>Subway:</b> The 6 train stops at 77 St, at Lexington Avenue, a short "
                    "walk from the hospital. The Q train stops at 72 St on Second Avenue.</li>"
                    "<li><b>Bus:</b> Several buses run up and down Lexington Avenue and Third "
                    "Avenue. The M79 crosses town on 79th Street, which helps if you live on the "
                    "West Side.</li>"
                    "<li><b>Taxi or car service:</b> A driver can drop you off on East 77th "
                    "Street.</li>"
                    "</ul>"
                    "<p>Check the MTA for current service before you travel, as routes can "
                    "change, especially on weekends.</p>"
                ),
            ),
            ("heading", {"text": "Can I keep my own doctors?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Yes. Many Manhattan patients already see a cancer doctor at another "
                    "hospital or practice in the borough. You can keep seeing them. We work "
                    "alongside your oncologist (cancer doctor) and share our plan with them, "
                    "with your permission.</p>"
                ),
            ),
            ("heading", {"text": "What if my symptoms are getting worse?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Living close to the hospital is no reason to wait for an appointment. "
                    "Weakness, numbness or trouble walking that is new or getting worse is an "
                    "emergency, as the box below explains.</p>"
                    "<p>Urgent appointments are available for people with new or progressive "
                    "neurological symptoms. These are nerve symptoms that are new or getting "
                    "worse. Call our urgent line to ask.</p>"
                ),
            ),
            (
                "care_card",
                {
                    "flags": CORD_COMPRESSION,
                    "heading": "Signs that cancer may be pressing on the spinal cord",
                    "body": (
                        "<p>If any of these is new or getting worse, do not wait for an "
                        "appointment with us. This applies wherever you are, not only near Lenox "
                        "Hill Hospital.</p>"
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Would you like to see us?",
                    "text": "Ask for an appointment at Lenox Hill Hospital.",
                    "page": "request-a-consultation",
                    "link_text": "Request a consultation",
                },
            ),
        ],
    },
    {
        "slug": "brooklyn",
        "title": "Care for patients from Brooklyn",
        "area_name": "Brooklyn",
        "summary": (
            "Patients from Brooklyn can reach Lenox Hill Hospital on the Upper East Side by "
            "subway. We work alongside your Brooklyn cancer team."
        ),
        "search_description": (
            "Spine metastasis care for Brooklyn patients at Lenox Hill Hospital in Manhattan. "
            "Travel by subway, second opinions and urgent appointments."
        ),
        "body": [
            (
                "heading",
                {"text": "How do I get to Lenox Hill Hospital from Brooklyn?", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Most people from Brooklyn come by subway. The hospital is at 100 E 77th "
                    "St on Manhattan's Upper East Side.</p>"
                    "<ul>"
                    "<li><b>4 or 5 train:</b> Ride into Manhattan and change to the 6 train at 59 "
                    "St. The 6 stops at 77 St, at Lexington Avenue, near the hospital.</li>"
                    "<li><b>Q train:</b> The Q runs from Brooklyn to 72 St on Second Avenue. From "
                    "there, walk a few blocks north and west.</li>"
                    "</ul>"
                    "<p>Subway service can change, especially at night and on weekends. Check the "
                    "MTA before you set out. If walking or stairs are hard for you, plan a route "
                    "with elevators or ask a family member to drive you.</p>"
                ),
            ),
            ("heading", {"text": "Will I have to change my cancer care?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>No. If you have an oncologist (cancer doctor) in Brooklyn, you can keep "
                    "seeing them. You may be able to keep your cancer treatment close to home and "
                    "come to Manhattan for advice about surgery. We work alongside your team and "
                    "keep them informed, with your permission.</p>"
                ),
            ),
            ("heading", {"text": "How quickly can I be seen?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Urgent appointments are available for people with new or progressive "
                    "neurological symptoms (nerve symptoms). But if weakness, numbness or "
                    "trouble walking is new or getting worse, get emergency help in Brooklyn "
                    "first.</p>"
                    "<p>Second opinions are often available quickly, too. Bring or send your "
                    "scans and reports so we can review them.</p>"
                ),
            ),
            (
                "care_card",
                {
                    "flags": CORD_COMPRESSION,
                    "heading": "Signs that cancer may be pressing on the spinal cord",
                    "body": (
                        "<p>If any of these is new or getting worse, get help where you are. The "
                        "nearest emergency department may be in Brooklyn, not Manhattan.</p>"
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Want a second opinion?",
                    "text": (
                        "If you have been told surgery is not an option, or you are not sure "
                        "about your plan, we can look at your case."
                    ),
                    "page": "second-opinions",
                    "link_text": "Read about second opinions",
                },
            ),
        ],
    },
    {
        "slug": "queens",
        "title": "Care for patients from Queens",
        "area_name": "Queens",
        "summary": (
            "Patients from Queens can reach Lenox Hill Hospital by subway or by the Long Island "
            "Rail Road. We work with your cancer team in Queens."
        ),
        "search_description": (
            "Spine metastasis care for Queens patients at Lenox Hill Hospital in Manhattan. "
            "Travel by subway or LIRR, and urgent appointments."
        ),
        "body": [
            (
                "heading",
                {"text": "How do I get to Lenox Hill Hospital from Queens?", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Queens is large, so the best route depends on where you live. The "
                    "hospital is at 100 E 77th St in Manhattan.</p>"
                    "<ul>"
                    "<li><b>7 train:</b> Ride to Grand Central-42 St and change to the uptown 6 "
                    "train. Get off at 77 St.</li>"
                    "<li><b>N, W or R train:</b> Ride to Lexington Av/59 St and change to the "
                    "uptown 6 train to 77 St.</li>"
                    "<li><b>Long Island Rail Road:</b> From stations in eastern Queens, trains "
                    "run to Grand Central Madison or Penn Station. From Grand Central, take the 6 "
                    "train uptown.</li>"
                    "</ul>"
                    "<p>Check the MTA and the LIRR for current service before you travel.</p>"
                ),
            ),
            ("heading", {"text": "Do I need to leave my cancer team?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>No. You can keep the oncologist (cancer doctor) you already see in "
                    "Queens. We can work "
                    "alongside them. We plan with them how surgery and radiation fit with the "
                    "cancer treatment you already have.</p>"
                ),
            ),
            ("heading", {"text": "What if my symptoms are new or getting worse?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Some changes are an emergency and cannot wait for an appointment: "
                    "weakness, numbness or trouble walking that is new or getting worse. Use the "
                    "nearest emergency department in Queens.</p>"
                    "<p>For other nerve symptoms (neurological symptoms), urgent appointments "
                    "are available.</p>"
                ),
            ),
            (
                "care_card",
                {
                    "flags": CORD_COMPRESSION,
                    "heading": "Signs that cancer may be pressing on the spinal cord",
                    "body": (
                        "<p>Do not wait to come to us if any of these is new or getting worse. "
                        "The nearest emergency department may be in Queens, not Manhattan.</p>"
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Would you like to talk to us?",
                    "text": "Ask for an appointment at Lenox Hill Hospital.",
                    "page": "request-a-consultation",
                    "link_text": "Request a consultation",
                },
            ),
        ],
    },
    {
        "slug": "the-bronx",
        "title": "Care for patients from the Bronx",
        "area_name": "The Bronx",
        "summary": (
            "The 6 train runs from the Bronx down Lexington Avenue to 77 St, near Lenox Hill "
            "Hospital. We work with your Bronx cancer team."
        ),
        "search_description": (
            "Spine metastasis care for Bronx patients at Lenox Hill Hospital in Manhattan. The 6 "
            "train, Metro-North, and urgent appointments."
        ),
        "body": [
            (
                "heading",
                {"text": "How do I get to Lenox Hill Hospital from the Bronx?", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>For many people in the Bronx, the trip is one subway ride. The hospital "
                    "is at 100 E 77th St, close to Lexington Avenue.</p>"
                    "<ul>"
                    "<li><b>6 train:</b> The 6 runs from the Bronx down Lexington Avenue in "
                    "Manhattan. Get off at 77 St.</li>"
                    "<li><b>4 or 5 train:</b> Ride to 86 St in Manhattan and change to the "
                    "downtown 6 train for one stop to 77 St.</li>"
                    "<li><b>Metro-North:</b> If you live near a Metro-North station in the Bronx, "
                    "trains run to Harlem-125 St and Grand Central. From either one, take the 6 "
                    "train to 77 St.</li>"
                    "</ul>"
                    "<p>Check the MTA and Metro-North for current service before you leave.</p>"
                ),
            ),
            ("heading", {"text": "Can I keep seeing my doctors in the Bronx?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Yes. We can work alongside the oncologist (cancer doctor) you already "
                    "see near home. You may only need to come to Manhattan for visits about "
                    "surgery.</p>"
                ),
            ),
            ("heading", {"text": "Are urgent appointments available?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Yes, for people with new or progressive neurological symptoms (nerve "
                    "symptoms that are new or getting worse). Weakness, numbness or trouble "
                    "walking that is new or getting worse is different. It is an emergency, so "
                    "do not wait for an appointment.</p>"
                ),
            ),
            (
                "care_card",
                {
                    "flags": CORD_COMPRESSION,
                    "heading": "Signs that cancer may be pressing on the spinal cord",
                    "body": (
                        "<p>Any of these that is new or getting worse needs help straight away. "
                        "The nearest emergency department may be in the Bronx, not Manhattan.</p>"
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Ready to ask for an appointment?",
                    "text": (
                        "When you contact us, tell us a little about your situation and your "
                        "symptoms."
                    ),
                    "page": "request-a-consultation",
                    "link_text": "Request a consultation",
                },
            ),
        ],
    },
    {
        "slug": "long-island",
        "title": "Care for patients from Long Island",
        "area_name": "Long Island",
        "summary": (
            "Patients from Long Island can take the LIRR to Grand Central Madison or Penn "
            "Station, then the subway to Lenox Hill Hospital."
        ),
        "search_description": (
            "Spine metastasis care for Long Island patients at Lenox Hill Hospital in Manhattan. "
            "Travel by LIRR, second opinions and urgent appointments."
        ),
        "body": [
            (
                "heading",
                {"text": "How do I get to Lenox Hill Hospital from Long Island?", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Many people from Nassau and Suffolk counties come by train. The hospital "
                    "is at 100 E 77th St in Manhattan.</p>"
                    "<ul>"
                    "<li><b>LIRR to Grand Central Madison:</b> From Grand Central, take the "
                    "uptown 6 train to 77 St. This is often the simplest route to the Upper East "
                    "Side.</li>"
                    "<li><b>LIRR to Penn Station:</b> From Penn Station, you can take the subway "
                    "or a taxi across town to the Upper East Side.</li>"
                    "</ul>"
                    "<p>Not every LIRR train goes to both stations. Check the LIRR for your "
                    "branch and for current service before you travel.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>A long trip can be hard when you are in pain. If you can, bring someone "
                    "with you, and ask us about the timing of your appointment when you book.</p>"
                ),
            ),
            ("heading", {"text": "Can my doctors on Long Island stay involved?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Yes. You can keep the oncologist (cancer doctor) you already see on Long "
                    "Island. We work "
                    "alongside them, so your cancer care can stay close to home while we advise "
                    "on your spine.</p>"
                ),
            ),
            ("heading", {"text": "What if I need to be seen soon?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Urgent appointments are available for people with new or progressive "
                    "neurological symptoms (nerve symptoms). Second opinions are often available "
                    "quickly. But if weakness, numbness or trouble walking is new or getting "
                    "worse, do not wait for either one.</p>"
                ),
            ),
            (
                "care_card",
                {
                    "flags": CORD_COMPRESSION,
                    "heading": "Signs that cancer may be pressing on the spinal cord",
                    "body": (
                        "<p>If any of these is new or getting worse, do not make the trip into "
                        "the city first. The nearest emergency department may be on Long "
                        "Island.</p>"
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Would you like a second opinion?",
                    "text": "Send us your scans and reports, and we can review your case.",
                    "page": "second-opinions",
                    "link_text": "Read about second opinions",
                },
            ),
        ],
    },
    {
        "slug": "westchester",
        "title": "Care for patients from Westchester",
        "area_name": "Westchester",
        "summary": (
            "Patients from Westchester can take Metro-North to Grand Central, then the 6 train to "
            "Lenox Hill Hospital on the Upper East Side."
        ),
        "search_description": (
            "Spine metastasis care for Westchester patients at Lenox Hill Hospital in Manhattan. "
            "Travel by Metro-North and urgent appointments."
        ),
        "body": [
            (
                "heading",
                {"text": "How do I get to Lenox Hill Hospital from Westchester?", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Metro-North is the usual way in. The hospital is at 100 E 77th St in "
                    "Manhattan.</p>"
                    "<ul>"
                    "<li><b>Harlem, Hudson or New Haven line to Grand Central:</b> From Grand "
                    "Central, take the uptown 6 train to 77 St.</li>"
                    "<li><b>Getting off at Harlem-125 St:</b> Some people find it easier to leave "
                    "the train here and take the downtown 6 train to 77 St.</li>"
                    "</ul>"
                    "<p>Check Metro-North and the MTA for current schedules before you travel.</p>"
                ),
            ),
            ("heading", {"text": "Will I still see my own oncologist?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Yes. If you are treated by a cancer doctor in Westchester, you can stay "
                    "with them. We work alongside your oncologist and your radiation team. We "
                    "share our findings with them, with your permission.</p>"
                ),
            ),
            ("heading", {"text": "Can I be seen urgently?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Urgent appointments are available for people with new or progressive "
                    "neurological symptoms (nerve symptoms). If those symptoms are weakness, "
                    "numbness or trouble walking that is new or getting worse, treat them as an "
                    "emergency instead.</p>"
                ),
            ),
            (
                "care_card",
                {
                    "flags": CORD_COMPRESSION,
                    "heading": "Signs that cancer may be pressing on the spinal cord",
                    "body": (
                        "<p>If any of these is new or getting worse, do not travel to Manhattan "
                        "first. The nearest emergency department may be in Westchester.</p>"
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Would you like to see us?",
                    "text": "Ask for an appointment at Lenox Hill Hospital.",
                    "page": "request-a-consultation",
                    "link_text": "Request a consultation",
                },
            ),
        ],
    },
    {
        "slug": "northern-new-jersey",
        "title": "Care for patients from Northern New Jersey",
        "area_name": "Northern New Jersey",
        "summary": (
            "Patients from Northern New Jersey can take NJ Transit or PATH into Manhattan, then "
            "the subway to Lenox Hill Hospital."
        ),
        "search_description": (
            "Spine metastasis care for Northern New Jersey patients at Lenox Hill Hospital in "
            "Manhattan. Travel by NJ Transit or PATH, and second opinions."
        ),
        "body": [
            (
                "heading",
                {"text": "How do I get to Lenox Hill Hospital from New Jersey?", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>You can reach the hospital at 100 E 77th St, Manhattan, by train or "
                    "bus.</p>"
                    "<ul>"
                    "<li><b>NJ Transit trains:</b> Many lines run to Penn Station New York. On "
                    "some lines you change trains, for example at Secaucus Junction.</li>"
                    "<li><b>PATH trains:</b> PATH runs from Newark, Jersey City and Hoboken into "
                    "Manhattan.</li>"
                    "<li><b>NJ Transit buses:</b> Many routes end at the Port Authority Bus "
                    "Terminal in Midtown.</li>"
                    "</ul>"
                    "<p>From Midtown, a subway, bus or taxi can take you to the Upper East Side. "
                    "The MTA trip planner can show you a route. Check NJ Transit, PATH and the "
                    "MTA for current service before you travel.</p>"
                ),
            ),
            ("heading", {"text": "Can I keep my cancer care in New Jersey?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Yes. Many people keep seeing their oncologist (cancer doctor) in New "
                    "Jersey. We work "
                    "alongside your doctors there. We can give advice on surgery and help plan "
                    "how it fits with your other treatment.</p>"
                ),
            ),
            ("heading", {"text": "How soon can I be seen?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Second opinions are often available quickly, especially when nerve "
                    "symptoms are getting worse. Urgent appointments are available for people "
                    "with new or progressive neurological symptoms. But new or worsening "
                    "weakness, numbness or trouble walking needs emergency help first.</p>"
                ),
            ),
            (
                "care_card",
                {
                    "flags": CORD_COMPRESSION,
                    "heading": "Signs that cancer may be pressing on the spinal cord",
                    "body": (
                        "<p>If any of these is new or getting worse, do not travel into the city "
                        "first. The nearest emergency department may be in New Jersey.</p>"
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Looking for a second opinion?",
                    "text": (
                        "We often see people who want to know whether surgery, radiation or both "
                        "could help."
                    ),
                    "page": "second-opinions",
                    "link_text": "Read about second opinions",
                },
            ),
        ],
    },
]


# Where patients are seen.
LOCATION = {
    "slug": "lenox-hill-hospital",
    "title": "Lenox Hill Hospital",
    "summary": (
        "We see patients at Lenox Hill Hospital, 100 E 77th St, on the Upper East Side of "
        "Manhattan. Find out how to get here and what to bring."
    ),
    "search_description": (
        "Getting to Lenox Hill Hospital, 100 E 77th St, New York, NY 10075, on the Upper East "
        "Side: subway, bus, train, car, and what to bring."
    ),
    "street_address": "100 E 77th St",
    "address_locality": "New York",
    "address_region": "NY",
    "postal_code": "10075",
    "neighbourhood": "Upper East Side, Manhattan",
    # The practice's page gives the address only: the practice supplies these.
    "entrance": TO_CONFIRM,
    "floor": TO_CONFIRM,
    "step_free_access": TO_CONFIRM,
    "directions": [
        ("heading", {"text": "Where is Lenox Hill Hospital?", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Lenox Hill Hospital is at 100 E 77th St, New York, NY 10075. It is on the "
                "Upper East Side of Manhattan, between Park Avenue and Lexington Avenue.</p>"
                "<p>The entrance and floor for your visit are shown near the top of this page. "
                "If you are not sure, ask us when you book.</p>"
            ),
        ),
        ("heading", {"text": "How do I get there?", "level": "h2"}),
        (
            "paragraph",
            (
                "<ul>"
                "<li><b>Subway:</b> The 6 train stops at 77 St, at Lexington Avenue, a short walk "
                "away. The Q train stops at 72 St on Second Avenue.</li>"
                "<li><b>Bus:</b> Buses run along Lexington Avenue and Third Avenue. The M79 "
                "crosses town on 79th Street.</li>"
                "<li><b>Train:</b> Metro-North and the LIRR arrive at Grand Central, where you "
                "can take the uptown 6 train. NJ Transit and the LIRR also arrive at Penn "
                "Station.</li>"
                "<li><b>Car:</b> Someone can drop you off on East 77th Street. There are parking "
                "garages nearby. Check prices and opening times before you go.</li>"
                "</ul>"
                "<p>Routes and schedules change. Check the MTA, or your train or bus company, for "
                "current service.</p>"
            ),
        ),
        ("heading", {"text": "What if it is hard for me to travel?", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>If a disability makes it hard to use buses and subways, you may be able to "
                "use Access-A-Ride, the MTA's paratransit service (shared rides for people who "
                "cannot use buses or subways). You need to apply ahead of "
                "time.</p>"
                "<p>If walking is hard, bring your walker, cane or wheelchair, and ask someone to "
                "come with you.</p>"
                "<p>If you use a wheelchair or cannot manage steps, tell us when you book. We "
                "will tell you the step-free way in.</p>"
            ),
        ),
        ("heading", {"text": "What should I bring?", "level": "h2"}),
        (
            "paragraph",
            (
                "<ul>"
                "<li>Photo ID and your insurance card</li>"
                "<li>Your recent scans on a disc or as an online link, and the written "
                "reports</li>"
                "<li>Letters or notes from your cancer doctors, and your pathology report (a "
                "report on the cancer cells) if you have one</li>"
                "<li>A list of all your medicines, including doses</li>"
                "<li>A list of questions you want to ask</li>"
                "</ul>"
                "<p>A family member or friend is welcome to come with you. They can help you "
                "remember what was said.</p>"
            ),
        ),
        ("heading", {"text": "What happens when I arrive?", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Leave extra time to get through the hospital and check in. If you are running "
                "late, call our main number to let us know.</p>"
            ),
        ),
        (
            "care_card",
            {
                "flags": CORD_COMPRESSION,
                "heading": "Signs that cannot wait for your appointment",
                "body": (
                    "<p>If any of these is new or getting worse before your visit, or on the day, "
                    "do not wait for your appointment.</p>"
                ),
            },
        ),
        (
            "contact_details",
            {
                "heading": "How can I contact you?",
                "intro": "Call or email us with any questions about your visit.",
                "show": ["address", "main_phone", "email", "hours"],
            },
        ),
    ],
}


# The team page; "members" are clinician keys.
TEAM = {
    "slug": "our-team",
    "title": "Our team",
    "summary": (
        "Meet Dr. Randy S. D’Amico and learn how we work with cancer, radiation, pain, palliative "
        "care and rehabilitation teams."
    ),
    "search_description": (
        "Meet Dr. Randy S. D’Amico, neurosurgical oncologist at Lenox Hill Hospital, and the "
        "specialists who care for people with spine metastases."
    ),
    "intro": [
        ("heading", {"text": "Who will care for me?", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Cancer in the spine needs more than one kind of specialist. Dr. Randy S. "
                "D’Amico, a neurosurgical oncologist (a brain and spine surgeon who treats "
                "tumors), leads your surgical care.</p>"
                "<p>He works closely with these teams:</p>"
                "<ul>"
                "<li>medical oncology (doctors who treat cancer with medicines)</li>"
                "<li>radiation oncology (doctors who treat cancer with radiation)</li>"
                "<li>interventional radiology (doctors who use scans to guide needles and small "
                "tools)</li>"
                "<li>palliative care and symptom management (care that eases pain and other "
                "symptoms)</li>"
                "<li>neuro-rehabilitation (help to rebuild strength and movement)</li>"
                "</ul>"
                "<p>This way of working aims to give each person the right mix of surgery, "
                "radiation and cancer medicines.</p>"
            ),
        ),
        (
            "call_to_action",
            {
                "heading": "How do these teams help?",
                "text": "Read what each specialist team does, in plain words.",
                "page": "multidisciplinary-care",
                "link_text": "Working with your whole care team",
            },
        ),
    ],
    "members": ["damico"],
}


# Other pages, all children of the home page, in menu order.
STANDARD_PAGES = [
    {
        "slug": "second-opinions",
        "title": "Second opinions",
        "clinical": True,
        "show_in_menus": True,
        "summary": (
            "A second opinion can help you understand whether surgery, radiation or both could "
            "help. Second opinions are often available quickly."
        ),
        "search_description": (
            "Second opinions for spine metastases at Lenox Hill Hospital: spinal cord "
            "compression, pain after radiation, unclear scans, or told surgery is not an option."
        ),
        "body": [
            ("heading", {"text": "What is a second opinion?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>A second opinion is when another specialist looks at your scans, your "
                    "reports and your symptoms, and gives their view. It can help you feel more "
                    "sure about your plan, or show you options you did not know about.</p>"
                    "<p>Asking for a second opinion is a normal part of cancer care. You do not "
                    "need to give up the doctors you already see.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "When might a second opinion help?",
                    "intro": "Dr. D’Amico often sees people for a second opinion when:",
                    "items": [
                        "A tumor is causing spinal cord compression (pressing on the spinal cord)",
                        "Pain is not improving after radiation",
                        (
                            "Scans are unclear, for example it is not certain whether a bone has "
                            "a fracture (a break) or a tumor"
                        ),
                        (
                            "The cancer in the spine is progressive (growing) or recurrent (has "
                            "come back)"
                        ),
                        "You want to know clearly whether surgery, radiation or both would help",
                        'You have been told before that "surgery is not an option"',
                    ],
                },
            ),
            ("heading", {"text": "How quickly can I be seen?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Second opinions are often available quickly, especially when neurological "
                    "symptoms are getting worse. Neurological symptoms are nerve symptoms, such "
                    "as weakness, numbness or loss of balance.</p>"
                    "<p>When you contact us, tell us about any symptoms that are new or getting "
                    "worse. This helps us decide how soon you need to be seen.</p>"
                ),
            ),
            (
                "care_card",
                {
                    "flags": CORD_COMPRESSION,
                    "heading": "Do not wait for a second opinion if you have these signs",
                    "body": (
                        "<p>If any of these is new or getting worse, get help first. The second "
                        "opinion can wait.</p>"
                    ),
                },
            ),
            (
                "checklist",
                {
                    "heading": "What should I send or bring?",
                    "intro": (
                        "It helps to have these ready. Your doctor's office can often send them "
                        "for you."
                    ),
                    "items": [
                        (
                            "Your recent scans on a disc or as an online link. These may include "
                            "MRI (a scan that uses strong magnets), CT (a scan that uses X-rays) "
                            "or PET/CT (a scan that uses a small amount of a radioactive sugar to "
                            "show where cancer is active, combined with a CT scan)"
                        ),
                        "The written reports for those scans",
                        "Your pathology report, which describes the cancer cells, if you have one",
                        "Letters or notes from your cancer doctors about your treatment so far",
                        (
                            "Details of any radiation you have had, including which part of your "
                            "body was treated"
                        ),
                        "A list of all the medicines you take",
                        "A list of your questions",
                    ],
                },
            ),
            (
                "faq",
                {
                    "heading": "Questions about second opinions",
                    "items": [
                        {
                            "question": "Will my doctors mind?",
                            "answer": (
                                "<p>Second opinions are a normal part of cancer care. With your "
                                "permission, we share what we find with your doctors, so everyone "
                                "is working from the same plan.</p>"
                            ),
                        },
                        {
                            "question": "Do I have to change doctors?",
                            "answer": (
                                "<p>No. You can keep your oncologist (cancer doctor) and your "
                                "other doctors. We work alongside them.</p>"
                            ),
                        },
                        {
                            "question": "I was told surgery is not an option. Is it worth asking?",
                            "answer": (
                                "<p>It can be. We often see people who have been told this. Some "
                                "of them can still be helped by surgery to take pressure off the "
                                "spinal cord or to support the spine. We will give you an honest "
                                "view, even if surgery is not right for you.</p>"
                            ),
                        },
                        {
                            "question": (
                                "What if your advice is different from what I was told before?"
                            ),
                            "answer": (
                                "<p>We will explain our reasons in plain words. We can also talk "
                                "with your other doctors. The choice about your care is always "
                                "yours.</p>"
                            ),
                        },
                        {
                            "question": "Can a family member contact you for me?",
                            "answer": (
                                "<p>Yes. A family member, a friend or your doctor's office can "
                                "contact us for you. We may need your permission before we talk "
                                "about your health details with them.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "How do I ask for a second opinion?",
                    "text": (
                        "Fill in our short form. You can upload reports and scan results with it."
                    ),
                    "page": "second-opinions/request",
                    "link_text": "Ask for a second opinion",
                },
            ),
            (
                "contact_details",
                {
                    "heading": "Prefer to call?",
                    "intro": "Your doctor's office can fax records to us.",
                    "show": ["main_phone", "urgent_phone", "fax", "hours"],
                },
            ),
            (
                "related_pages",
                {
                    "heading": "Related pages",
                    "pages": [
                        "conditions/spine-metastases",
                        "treatments/radiotherapy-coordination",
                        "lenox-hill-hospital",
                        "areas-we-serve",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "multidisciplinary-care",
        "title": "Working with your whole care team",
        "clinical": True,
        "show_in_menus": True,
        "summary": (
            "Cancer in the spine needs several kinds of specialist. Find out what each team does "
            "and how we work together on your care."
        ),
        "search_description": (
            "How surgery, medical oncology, radiation oncology, interventional radiology, "
            "palliative care and neuro-rehabilitation work together for spine metastases."
        ),
        "body": [
            (
                "heading",
                {"text": "Why do I need more than one kind of specialist?", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Spine metastases (cancer that has spread to the spine) affect your bones, "
                    "your nerves and your cancer treatment all at once. So caring for them takes "
                    "several specialists working together.</p>"
                    "<p>Dr. D’Amico works closely with the teams below. This way of working is "
                    "called multidisciplinary care. It aims to give each person the right mix of "
                    "surgery, radiation and systemic therapy (cancer medicines that work through "
                    "the whole body).</p>"
                ),
            ),
            ("heading", {"text": "Who is in the team?", "level": "h2"}),
            ("heading", {"text": "Medical oncology", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Medical oncologists are cancer doctors who treat cancer with medicines. "
                    "These can include chemotherapy (medicines that kill cancer cells), targeted "
                    "therapy (medicines that attack certain features of cancer cells), "
                    "immunotherapy (medicines that help your immune system fight cancer) or "
                    "hormone therapy (medicines that block hormones some cancers need to "
                    "grow).</p>"
                    "<p>Your medical oncologist often leads your overall cancer care. We plan "
                    "surgery around the treatment they give.</p>"
                ),
            ),
            ("heading", {"text": "Radiation oncology (SBRT, IMRT)", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Radiation oncologists treat cancer with radiation. Two kinds you may hear "
                    "about are:</p>"
                    "<ul>"
                    "<li><b>SBRT</b> (stereotactic body radiotherapy): very precise, high-dose "
                    "radiation aimed closely at the tumor. It is often given after surgery to "
                    "control any tumor that is left.</li>"
                    "<li><b>IMRT</b> (intensity-modulated radiation therapy): radiation beams "
                    "shaped to fit the shape of the tumor.</li>"
                    "</ul>"
                    "<p>We work closely with the radiation team to plan the timing and order of "
                    "surgery and radiation.</p>"
                ),
            ),
            ("heading", {"text": "Interventional radiology", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Interventional radiologists are doctors who use scans, such as X-rays or "
                    "CT scans (detailed X-ray pictures), to guide needles and small tools inside "
                    "the body. This means some tests "
                    "and treatments can be done without open surgery. One example is a biopsy, "
                    "which takes a small sample of tissue with a needle.</p>"
                ),
            ),
            ("heading", {"text": "Palliative care and symptom management", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Palliative care teams help you feel as well as possible. They treat pain "
                    "and other symptoms, and support you and your family. You can have palliative "
                    "care at any stage of your illness, alongside other treatment. It is not only "
                    "for the end of life.</p>"
                    "<p>Dr. D’Amico also works with pain specialists who use procedures, such as "
                    "injections, to ease pain.</p>"
                ),
            ),
            ("heading", {"text": "Neuro-rehabilitation", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Neuro-rehabilitation helps people rebuild strength, movement and "
                    "independence after nerve problems or surgery. The team may include physical "
                    "therapists (who help with movement and strength), occupational therapists "
                    "(who help with everyday tasks such as dressing and washing) and "
                    "rehabilitation doctors.</p>"
                ),
            ),
            ("heading", {"text": "How do the teams work together?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>The teams share information about your scans, your symptoms and your "
                    "treatment. They plan which treatment should come first and how each one fits "
                    "with the others.</p>"
                    "<p>You and your family are part of the team too. Ask who your main contact "
                    "is, and who to call if you have a question or a new symptom.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "What can I do to help?",
                    "intro": "",
                    "items": [
                        "Keep a list of all your doctors and how to reach them",
                        "Tell each team about any new or changing symptoms",
                        "Bring a list of your medicines to every appointment",
                        "Ask us to share our advice with your other doctors",
                    ],
                },
            ),
            (
                "related_pages",
                {
                    "heading": "Related pages",
                    "pages": [
                        "our-team",
                        "treatments/radiotherapy-coordination",
                        "conditions/spine-metastases",
                        "second-opinions",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "privacy",
        "title": "Privacy notice",
        "clinical": False,
        "show_in_menus": False,
        "summary": (
            "What information this website collects, how we use it and how to contact us about it."
        ),
        "search_description": (
            "Privacy notice: this website collects only what you send us through its forms or by "
            "email. No tracking, no analytics, no third-party services."
        ),
        "body": [
            ("heading", {"text": "What information does this website collect?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>This website only collects the information you choose to send us. That "
                    "means what you type into a form on this site, or what you put in an email to "
                    "us.</p>"
                ),
            ),
            ("heading", {"text": "Does this website track me?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>We do not use tracking.</li>"
                    "<li>We do not use analytics tools to follow how you use the site.</li>"
                    "<li>We do not use third-party services, such as advertising or social media "
                    "services.</li>"
                    "</ul>"
                    "<p>The site may set a small cookie that is needed to send a form safely. It "
                    "is not used to track you.</p>"
                ),
            ),
            ("heading", {"text": "How do you use what I send?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>We use it to reply to you and to arrange your care, for example to book "
                    "an appointment or review a referral.</p>"
                    "<p>Email is not always secure. Please keep health details in emails short. "
                    "We can talk about the details by phone.</p>"
                ),
            ),
            (
                "contact_details",
                {
                    "heading": "How can I ask about my information?",
                    "intro": (
                        "Contact us if you have a question about information you have sent us, or "
                        "want us to correct it."
                    ),
                    "show": ["main_phone", "email", "address"],
                },
            ),
        ],
    },
    {
        "slug": "language-assistance",
        "title": "Help in your language",
        "clinical": False,
        "show_in_menus": False,
        "summary": (
            "Free interpreters for your calls and visits, in your language. How to ask for one."
        ),
        "search_description": (
            "Free language assistance: a medical interpreter for calls and visits at no cost to "
            "you. Notices in Spanish, Chinese, Russian, Bengali, Haitian Creole, Korean, Arabic, "
            "Urdu, French and Polish."
        ),
        "body": [
            ("heading", {"text": "Free interpreters for calls and visits", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>If you or your family would find it easier to talk in another language, "
                    "we will arrange a medical interpreter for you. This is free. It is for "
                    "phone calls and for visits.</p>"
                    "<p>Tell us which language you need when you call us, or choose it on our "
                    "request forms. A family member can come with you, but a trained "
                    "interpreter is safer for medical details.</p>"
                    "<p>If you are deaf or hard of hearing, you can call us through a relay "
                    "service: dial 711.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p><b>In an emergency, call 911.</b> Tell them the language you speak: 911 "
                    "can connect you with an interpreter.</p>"
                ),
            ),
            (
                "language_assistance",
                {
                    "heading": "Help in other languages",
                    "intro": "The same notice in the languages most often spoken in New York:",
                },
            ),
        ],
    },
    {
        "slug": "accessibility",
        "title": "Accessibility statement",
        "clinical": False,
        "show_in_menus": False,
        "summary": (
            "We want everyone to be able to use this website. How we are working toward that, "
            "and how to tell us about a problem."
        ),
        "search_description": (
            "Accessibility statement: we aim to meet WCAG 2.2 level AA. How to report a problem "
            "or ask for information in another format."
        ),
        "body": [
            ("heading", {"text": "Who is this website for?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>We want everyone to be able to use this website, including people who use "
                    "a screen reader, zoom in, use only a keyboard, or find reading hard.</p>"
                    "<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at "
                    "level AA. These are international guidelines for making websites easier to "
                    "use for people with disabilities.</p>"
                ),
            ),
            ("heading", {"text": "What if something does not work for me?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Please tell us. Let us know which page you were on and what went wrong. "
                    "We will use what you tell us to improve the site.</p>"
                ),
            ),
            ("heading", {"text": "Can I get this information in another way?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Yes. If you need information from this website in another format, call "
                    "us. We can talk it through with you by phone.</p>"
                    "<p>If you are deaf or hard of hearing, you can reach us through a relay "
                    "service.</p>"
                ),
            ),
            (
                "contact_details",
                {
                    "heading": "How do I contact you about accessibility?",
                    "intro": "Call or email us about any problem with this website.",
                    "show": ["main_phone", "email", "hours"],
                },
            ),
        ],
    },
    {
        "slug": "terms",
        "title": "Terms of use",
        "clinical": False,
        "show_in_menus": False,
        "summary": (
            "This website gives general information. It is not medical advice for you. In an "
            "emergency, call 911."
        ),
        "search_description": (
            "Terms of use: this website gives general information about spine metastases and is "
            "not medical advice for you. In an emergency, call 911."
        ),
        "body": [
            ("heading", {"text": "What is this website for?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>This website gives general information about cancer that has spread to "
                    "the spine, and about our practice.</p>"
                    "<p>It is not medical advice for you. Everyone's situation is different. Talk "
                    "to your own doctors about your care.</p>"
                ),
            ),
            ("heading", {"text": "What should I do in an emergency?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Do not use this website or email in an emergency. Call 911 or go to the "
                    "nearest emergency department now.</p>"
                ),
            ),
            (
                "care_card",
                {
                    "flags": CORD_COMPRESSION,
                    "heading": "Signs that cancer may be pressing on the spinal cord",
                    "body": "<p>Act on any of these that is new or getting worse.</p>",
                },
            ),
            ("heading", {"text": "Is the information up to date?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>We try to keep the information on this site accurate and up to date. But "
                    "medicine changes, and general information cannot cover every case. Your own "
                    "doctors can tell you what applies to you.</p>"
                ),
            ),
            ("related_pages", {"heading": "Related pages", "pages": ["privacy", "accessibility"]}),
        ],
    },
]

REFER_HELP_PANEL = [
    ("heading", {"text": "Which patients should I refer?", "level": "h2"}),
    (
        "paragraph",
        (
            "<p>Dr. D’Amico evaluates and surgically manages metastatic spinal disease. "
            "He focuses on patients with progressive neurological deficit, unstable "
            "spinal segments, refractory pain and metastatic epidural spinal cord "
            "compression (MESCC).</p>"
        ),
    ),
    (
        "checklist",
        {
            "heading": "",
            "intro": "Consider referral when:",
            "items": [
                (
                    "There is significant spinal cord compression, including suspected or "
                    "confirmed MESCC"
                ),
                (
                    "Neurological symptoms are progressing (weakness, numbness, loss of "
                    "coordination)"
                ),
                (
                    "There is spinal instability or vertebral collapse; the SINS (Spinal "
                    "Instability Neoplastic Score) helps guide the need for stabilization"
                ),
                "There is severe mechanical pain not relieved by radiation",
                "A tissue diagnosis is needed and biopsy is not feasible",
                "The tumor is resistant to radiation or systemic therapy",
                "There is failure of prior radiation (post-radiation progression)",
                ("Rapid intervention is needed to preserve mobility or neurological function"),
            ],
        },
    ),
    (
        "paragraph",
        (
            "<p>We also see patients for second opinions: imaging uncertainty (fracture "
            "versus tumor), progressive or recurrent disease, clarification of whether "
            "surgery, radiation or both are indicated, and patients previously told that "
            "surgery is not an option.</p>"
        ),
    ),
    ("heading", {"text": "How do I make an urgent referral?", "level": "h2"}),
    (
        "paragraph",
        (
            "<p>For suspected MESCC or a new or progressive neurological deficit, call "
            "the urgent line and speak to the team. Do not rely on fax or email alone for "
            "urgent referrals.</p>"
            "<p>Urgent appointments are available for patients with new or progressive "
            "neurological symptoms.</p>"
        ),
    ),
    (
        "checklist",
        {
            "heading": "What should I send?",
            "intro": "Referrals are easier to triage when they include:",
            "items": [
                (
                    "MRI of the spine (cervical, thoracic and lumbar as needed), with "
                    "images and reports"
                ),
                (
                    "CT for bone detail, and whole-body staging with PET/CT (positron emission "
                    "tomography combined with CT)"
                ),
                "Tumor histology and molecular profile, where known",
                "Oncology history and current or planned systemic therapy",
                "Prior radiation: sites, dates and dose, where known",
                ("Current neurological examination, ambulatory status and performance status"),
                "Anticoagulant and steroid use",
                "The patient's goals of care and the name of the treating oncologist",
            ],
        },
    ),
    (
        "paragraph",
        (
            "<p>We coordinate with medical oncology, radiation oncology (SBRT, IMRT), "
            "interventional radiology, palliative care and neuro-rehabilitation, and we "
            "aim to keep the referring team informed.</p>"
        ),
    ),
    (
        "contact_details",
        {
            "heading": "Referral contacts",
            "intro": (
                "Use the urgent line for suspected MESCC or progressive deficit. Send "
                "records by fax or email."
            ),
            "show": ["urgent_phone", "main_phone", "fax", "email", "hours", "address"],
        },
    ),
]

# The three request forms. Editors own these words; the form fields are the code's.
# "type" picks the form; "parent" is the ref of the page they sit under ("" is the home page).
REQUEST_PAGES = [
    {
        "type": "consultation",
        "parent": "",
        "slug": "request-a-consultation",
        "title": "Request a consultation",
        "summary": (
            "Ask for an appointment with Dr. D’Amico at Lenox Hill Hospital, for yourself or for "
            "someone you care for. Urgent appointments are available."
        ),
        "search_description": (
            "Request a consultation about cancer in the spine at Lenox Hill Hospital, New York. "
            "Urgent appointments are available."
        ),
        "intro": (
            "<p>Use this form to ask for an appointment. You can fill it in for yourself, or for "
            "a family member or someone you care for.</p>"
            "<p>It takes about 5 minutes. A member of our intake team reads every request and "
            "will contact you to arrange the next step.</p>"
        ),
        "help_panel": [
            ("heading", {"text": "Can I be seen quickly?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Urgent appointments are available for people with new or progressive "
                    "neurological symptoms. These are nerve symptoms that are new or getting "
                    "worse.</p>"
                    "<p>Please do not wait for a reply to this form if your symptoms are new or "
                    "getting worse. For the emergency signs above, get emergency help now. For "
                    "the pain described below, call us the same day.</p>"
                ),
            ),
            (
                "care_card",
                {
                    "flags": SPINAL_PAIN,
                    "heading": "Pain that needs a call the same day",
                    "body": (
                        "<p>If you have cancer or have had cancer, do not wait for a reply to "
                        "this form if you have:</p>"
                    ),
                },
            ),
            (
                "checklist",
                {
                    "heading": "What will the form ask?",
                    "intro": (
                        "It helps to have these ready, but you can leave out what you do not know."
                    ),
                    "items": [
                        "The patient's name, date of birth and how to reach them (or you)",
                        "The type of cancer, if you know it, and the treatment so far",
                        "Where in the spine the problem is, if you know",
                        "The symptoms now, and whether they are getting worse",
                        "The name of the patient's cancer doctor",
                    ],
                },
            ),
            (
                "contact_details",
                {
                    "heading": "Prefer to call?",
                    "intro": (
                        "Use the urgent line for pain that needs a call the same day. Use the "
                        "main number for everything else."
                    ),
                    "show": ["main_phone", "urgent_phone", "hours"],
                },
            ),
        ],
        "thank_you_text": (
            "<p>A member of our intake team will read your request and contact you by your "
            "chosen method. We may ask for scans and reports, or for your cancer doctor's "
            "details.</p>"
            "<p>Before your appointment, it helps to gather your scans on a disc or as an online "
            "link, their written reports, letters from your cancer doctors and a list of your "
            "medicines.</p>"
        ),
    },
    {
        "type": "second_opinion",
        "parent": "second-opinions",
        "slug": "request",
        "title": "Ask for a second opinion",
        "summary": (
            "Ask Dr. D’Amico for a second opinion about cancer in the spine. You can send reports "
            "and scan results with your request."
        ),
        "search_description": (
            "Ask for a second opinion about spine metastases, spinal cord compression or "
            "whether surgery is an option. Send your reports online."
        ),
        "intro": (
            "<p>Use this form to ask for a second opinion, for yourself or for someone you care "
            "for. Tell us what has been recommended and what you would like to know.</p>"
            "<p>You can upload reports or scan results, or tell us where the scans were done so "
            "we can ask for them.</p>"
        ),
        "help_panel": [
            (
                "paragraph",
                (
                    "<p>Second opinions are often available quickly, especially when nerve "
                    "symptoms are getting worse.</p>"
                    "<p>But if weakness, numbness or trouble walking is new or getting worse, do "
                    "not wait for a second opinion. Get emergency help now, as the box above "
                    "says.</p>"
                ),
            ),
            (
                "contact_details",
                {
                    "heading": "Prefer to call or fax records?",
                    "intro": "Your doctor's office can fax records to us.",
                    "show": ["main_phone", "urgent_phone", "fax", "hours"],
                },
            ),
        ],
        "thank_you_text": (
            "<p>A member of our intake team will read your request and contact you. If you told "
            "us where your scans are, we may ask for your permission to get them.</p>"
            "<p>If you have more reports later, have your reference ready and call us.</p>"
        ),
    },
    {
        "type": "referral",
        "parent": "",
        "slug": "refer-a-patient",
        "title": "Refer a patient",
        "summary": (
            "For clinicians: refer a patient with spinal metastatic disease to Dr. D’Amico at "
            "Lenox Hill Hospital, including urgent referrals for suspected MESCC."
        ),
        "search_description": (
            "Refer a patient with spine metastases, MESCC or spinal instability to a "
            "neurosurgical spine oncologist at Lenox Hill Hospital, New York."
        ),
        "intro": (
            "<p>For physicians, nurse practitioners and physician assistants. Referrals are "
            "triaged by the intake team; SINS components and ESCC grade help us prioritize.</p>"
            "<p>For suspected MESCC or a new or progressive neurological deficit, call the urgent "
            "line as well: do not rely on this form alone for urgent referrals.</p>"
        ),
        "help_panel": REFER_HELP_PANEL,
        "thank_you_text": (
            "<p>The intake team will review the referral and contact your office. Please send "
            "imaging (with reports), pathology and recent notes if you have not uploaded them.</p>"
        ),
    },
]


# Plain-language explainers for patients: clinical pages (reviewed like the others) at the top
# of the tree, linked from the condition page and from each other.
EXPLAINER_PAGES = [
    {
        "slug": "spinal-instability-and-sins",
        "title": "Spinal instability and the SINS score",
        "clinical": True,
        "summary": (
            "What it means when doctors say cancer has made your spine unstable, and how the SINS "
            "score helps them decide if your spine needs support."
        ),
        "search_description": (
            "What spinal instability means when cancer has spread to the spine, and what the "
            "SINS score (Spinal Instability Neoplastic Score) tells your doctors."
        ),
        "body": [
            ("heading", {"text": "What does an unstable spine mean?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Your spine is a column of bones called vertebrae. It holds up your body "
                    "and protects your spinal cord. The spinal cord is the bundle of nerves that "
                    "carries messages between your brain and the rest of your body.</p>"
                    "<p>Cancer that spreads to the spine can weaken these bones. Doctors call the "
                    "spine <b>unstable</b> when it may not be able to hold your weight safely as "
                    "you move. An unstable spine can hurt when you move. A weak bone can also "
                    "break or collapse.</p>"
                    "<p>An unstable spine is not always an emergency. But a spine specialist "
                    "should check it.</p>"
                ),
            ),
            ("heading", {"text": "What is the SINS score?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>SINS stands for Spinal Instability Neoplastic Score. Neoplastic means "
                    "caused by a tumor. Doctors use the score to judge how stable your spine is "
                    "when a tumor has damaged it.</p>"
                    "<p>Your doctors give points for six things. They find them when they examine "
                    "you and look at your scans. Then they add up the points. The total is "
                    "between 0 and 18. A higher total means the spine is more likely to be "
                    "unstable.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "What does the score look at?",
                    "intro": "Doctors give points for each of these six things:",
                    "items": [
                        (
                            "Where the tumor is. Some parts of the spine move more than others. "
                            "The places where a stiff part meets a part that moves score the "
                            "most. One example is where the neck meets the upper back."
                        ),
                        (
                            "Your pain. Mechanical pain scores the most. This is pain that gets "
                            "worse when you move, sit up or stand, and eases when you lie down."
                        ),
                        (
                            "What the tumor does to the bone. Some tumors eat away at bone. "
                            "Doctors call this lytic. Some make extra, hard bone. This is called "
                            "blastic. Some do both."
                        ),
                        (
                            "How the bones line up. Doctors check your scans to see if a bone "
                            "has slipped out of line, or if the spine has started to bend in a "
                            "new way."
                        ),
                        (
                            "Whether a bone has collapsed. This means the bone has lost height, "
                            "like a box that has been squashed."
                        ),
                        (
                            "The back of the bone. Doctors check the small joints and bony parts "
                            "at the back and sides of the vertebra, on one side or both."
                        ),
                    ],
                },
            ),
            ("heading", {"text": "What does my total mean?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li><b>0 to 6:</b> the spine is thought to be stable.</li>"
                    "<li><b>7 to 12:</b> the spine may be starting to become unstable. Doctors "
                    "call this indeterminate. It means they cannot yet be sure.</li>"
                    "<li><b>13 to 18:</b> the spine is thought to be unstable.</li>"
                    "</ul>"
                    "<p>A total of 7 or more means a spine surgeon should look at your case. This "
                    "does not mean you will need surgery. It means a surgeon should help decide "
                    "if your spine needs support.</p>"
                ),
            ),
            ("heading", {"text": "What if my spine needs support?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>There is more than one way to support the spine. Doctors call this "
                    "stabilization. Surgery can hold the bones in place with screws and rods. "
                    "Some people can have a smaller procedure instead, such as putting bone "
                    "cement into a weak vertebra.</p>"
                    "<p>The score is only one part of the picture. Your team also thinks about "
                    "your nerves, the type of cancer and your general health. They decide with "
                    "you.</p>"
                ),
            ),
            (
                "care_card",
                {
                    "flags": [
                        "neck_back_pain",
                        "back_pain",
                        "mechanical_pain",
                        "straining_pain",
                        "tender_spot",
                    ],
                    "heading": "Pain to tell us about the same day",
                    "body": (
                        "<p>If you have cancer or have had cancer, tell us about pain like "
                        "this:</p>"
                    ),
                },
            ),
            (
                "faq",
                {
                    "heading": "Common questions",
                    "items": [
                        {
                            "question": "Can I work out my own score?",
                            "answer": (
                                "<p>It is best not to. Scoring needs a doctor to examine you and "
                                "look closely at your scans. If a report mentions your SINS "
                                "score, ask your doctor what it means for you.</p>"
                            ),
                        },
                        {
                            "question": "Does a high score mean I need surgery?",
                            "answer": (
                                "<p>Not always. A high score means a spine surgeon should look at "
                                "your case. You, your surgeon and your cancer team then decide "
                                "together. Your general health, your other treatments and what "
                                "matters most to you all count.</p>"
                            ),
                        },
                        {
                            "question": "Where does the score come from?",
                            "answer": (
                                "<p>A group of spine cancer experts made the score. They "
                                "published it in the medical journal Spine in 2010 (Fisher and "
                                "others).</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "related_pages",
                {
                    "heading": "Read more",
                    "pages": [
                        "how-we-decide-on-treatment",
                        "spinal-cord-compression-grades",
                        "treatments/stabilization-and-reconstruction",
                        "treatments/minimally-invasive-options",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "spinal-cord-compression-grades",
        "title": "What spinal cord compression grades mean",
        "clinical": True,
        "summary": (
            "Doctors grade how much a tumor presses on the spinal cord on an MRI scan. Find out "
            "what each grade means and why it matters."
        ),
        "search_description": (
            "What the grades of spinal cord compression on an MRI report mean (the ESCC or "
            "Bilsky scale), explained in plain words."
        ),
        "body": [
            ("heading", {"text": "What is spinal cord compression?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Your spinal cord runs through a tunnel in the middle of your spine. This "
                    "tunnel is called the spinal canal. Inside it, the cord sits in a thin sac "
                    "filled with clear fluid. The fluid is called CSF (cerebrospinal fluid). It "
                    "cushions the cord.</p>"
                    "<p>Cancer in the spine can grow out of the bone into the space around this "
                    "sac. This space is called the epidural space. If the tumor grows big enough, "
                    "it can press on the spinal cord. Doctors call this spinal cord "
                    "compression.</p>"
                ),
            ),
            (
                "care_card",
                {
                    "flags": CORD_COMPRESSION,
                    "heading": "Signs that cancer may be pressing on your spinal cord",
                    "body": (
                        "<p>Whatever grade your scan shows, act on any of these that is new or "
                        "getting worse:</p>"
                    ),
                },
            ),
            ("heading", {"text": "How do doctors grade it?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Doctors look at an MRI scan. MRI uses strong magnets to take detailed "
                    "pictures. They find the place where the tumor presses the most and give it "
                    "a grade. The grades are called the ESCC scale. ESCC stands for epidural "
                    "spinal cord compression.</p>"
                    "<p>The grades go from 0 to 3. Grade 1 is split into 1a, 1b and 1c.</p>"
                    "<ul>"
                    "<li><b>Grade 0:</b> the cancer is only in the bone.</li>"
                    "<li><b>Grade 1a:</b> the tumor has grown into the space around the sac, but "
                    "the sac keeps its shape.</li>"
                    "<li><b>Grade 1b:</b> the tumor pushes on the sac and changes its shape. It "
                    "does not reach the spinal cord.</li>"
                    "<li><b>Grade 1c:</b> the tumor pushes on the sac and touches the spinal "
                    "cord, but does not squeeze it.</li>"
                    "<li><b>Grade 2:</b> the tumor squeezes the spinal cord. Some fluid can still "
                    "be seen around the cord.</li>"
                    "<li><b>Grade 3:</b> the tumor squeezes the spinal cord so much that no fluid "
                    "can be seen around it.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Why does the grade matter?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Grades 2 and 3 are called high-grade compression. They mean the tumor is "
                    "pressing on the spinal cord itself. This can harm the nerves, so your team "
                    "will want to act quickly.</p>"
                    "<p>Lower grades matter too. Your team will keep a close eye on them, "
                    "especially if your symptoms change.</p>"
                    "<p>The grade is only part of the picture. How you feel matters as well. New "
                    "weakness, numbness or trouble walking can be a sign of pressure on the "
                    "cord.</p>"
                ),
            ),
            ("heading", {"text": "How is high-grade compression treated?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>It depends on the type of cancer, how stable your spine is and your "
                    "general health. Some tumors shrink well with standard radiation. Others may "
                    "need surgery first, to take pressure off the spinal cord. A precise kind of "
                    "radiation then follows. Doctors may also give steroid medicine to reduce "
                    "swelling around the cord.</p>"
                ),
            ),
            (
                "faq",
                {
                    "heading": "Common questions",
                    "items": [
                        {
                            "question": "My MRI report mentions a grade. What should I do?",
                            "answer": (
                                "<p>Ask the doctor who ordered the scan what it means for you. If "
                                "you have any of the emergency signs listed on this page, do not "
                                "wait for an appointment.</p>"
                            ),
                        },
                        {
                            "question": "Can the grade change?",
                            "answer": (
                                "<p>Yes. A tumor can grow, and treatment can shrink it. This is "
                                "why your team may repeat the MRI, especially if your symptoms "
                                "change.</p>"
                            ),
                        },
                        {
                            "question": "Where does the scale come from?",
                            "answer": (
                                "<p>Spine cancer experts tested the scale and published it in the "
                                "Journal of Neurosurgery: Spine in 2010 (Bilsky and others).</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "related_pages",
                {
                    "heading": "Read more",
                    "pages": [
                        "how-we-decide-on-treatment",
                        "spinal-instability-and-sins",
                        "symptoms/weakness-or-difficulty-walking",
                        "treatments/decompression-surgery",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "how-we-decide-on-treatment",
        "title": "How we decide on surgery or radiation",
        "clinical": True,
        "summary": (
            "Before we suggest surgery, radiation or both, we look at four things: your nerves, "
            "the tumor, how stable your spine is and your overall health."
        ),
        "search_description": (
            "How a spine cancer team weighs nerves, the tumor, spinal stability and overall "
            "health (the NOMS framework) when choosing surgery or radiation for spine metastases."
        ),
        "body": [
            ("heading", {"text": "What do we look at?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>No one treatment is right for everyone with cancer in the spine. To "
                    "choose, many spine cancer teams use a way of thinking called NOMS. Each "
                    "letter stands for one thing we look at.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "",
                    "intro": "NOMS stands for:",
                    "items": [
                        (
                            "N, neurologic: your nerves. Is the tumor pressing on your spinal "
                            "cord or nerves, and how much? Do you have weakness, numbness or "
                            "trouble walking?"
                        ),
                        (
                            "O, oncologic: the tumor itself. What type of cancer is it? Does this "
                            "type usually shrink with standard radiation? Doctors call these "
                            "tumors radiosensitive. Types that do not respond as well are called "
                            "radioresistant."
                        ),
                        (
                            "M, mechanical: how stable your spine is. Can your spine safely hold "
                            "your weight? The SINS score (Spinal Instability Neoplastic Score, a "
                            "way of scoring how stable the spine is) helps us judge this."
                        ),
                        (
                            "S, systemic: your overall health. Where else in your body is the "
                            "cancer? What other health problems do you have? Could you safely "
                            "have surgery?"
                        ),
                    ],
                },
            ),
            ("heading", {"text": "How do these four things shape the plan?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Each of the four can change the plan. Here are some examples. Your own "
                    "plan may be different.</p>"
                    "<ul>"
                    "<li>If the tumor is a type that shrinks well with radiation, radiation alone "
                    "is often enough when the spine is stable and strength is not getting worse "
                    "quickly. This can be true even when the tumor presses on the spinal "
                    "cord.</li>"
                    "<li>Some tumors do not shrink well with standard radiation. If one of these "
                    "presses hard on the spinal cord, surgery may come first. The surgeon removes "
                    "enough tumor to make a gap between it and the cord. Then a very precise, "
                    "high-dose radiation treats what is left. This is called SBRT (stereotactic "
                    "body radiotherapy).</li>"
                    "<li>If that kind of tumor presses only a little, precise radiation alone may "
                    "be enough.</li>"
                    "<li>If the spine is unstable, it usually needs support, with surgery or a "
                    "smaller procedure. Radiation does not make an unstable spine stable "
                    "again.</li>"
                    "<li>If surgery would be too risky for you, or would not help you reach your "
                    "goals, we look at other ways to ease pain and protect your nerves.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Who makes the decision?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>You do, together with your doctors. We talk with your oncologist (cancer "
                    "doctor), your radiation oncologist (radiation doctor) and other "
                    "specialists. Then we explain your choices in plain words.</p>"
                    "<p>What matters most to you is part of the decision. This might be staying "
                    "active, getting home soon or avoiding a long recovery.</p>"
                    "<p>Spine cancer specialists described the NOMS way of thinking in the "
                    "medical journal The Oncologist in 2013 (Laufer and others).</p>"
                ),
            ),
            (
                "call_to_action",
                {
                    "heading": "Would you like another view?",
                    "text": (
                        "If you are not sure whether surgery, radiation or both could help you, "
                        "you can ask us for a second opinion."
                    ),
                    "page": "second-opinions",
                    "link_text": "Find out about second opinions",
                },
            ),
            (
                "related_pages",
                {
                    "heading": "Read more",
                    "pages": [
                        "spinal-instability-and-sins",
                        "spinal-cord-compression-grades",
                        "multidisciplinary-care",
                        "treatments/radiotherapy-coordination",
                    ],
                },
            ),
        ],
    },
]


# The "For clinicians" section: a standard page with the SINS calculator and the ESCC grading
# reference under it. "type" picks the page type; "parent" is the ref of the page above it
# ("" is the home page). The tables, their wording and their sources are consultations/scores.py.
CLINICIAN_PAGES = [
    {
        "type": "standard",
        "parent": "",
        "slug": "for-clinicians",
        "title": "For clinicians",
        "show_in_menus": True,
        "clinical": True,
        "summary": (
            "Tools for referring clinicians: a SINS calculator, the ESCC grading scale and the "
            "referral form."
        ),
        "search_description": (
            "SINS calculator and ESCC grading reference for clinicians referring a patient with "
            "spinal metastases to a neurosurgical spine oncologist in New York."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>For oncologists, radiation oncologists, primary-care and emergency "
                    "clinicians assessing a patient with spinal metastatic disease. Each tool "
                    "follows the published table exactly and cites its source.</p>"
                    "<p>Scoring a patient in the SINS calculator opens the referral form with the "
                    "six components filled in. The SINS and ESCC grade you send help our intake "
                    "team prioritize the referral.</p>"
                ),
            ),
            (
                "related_pages",
                {
                    "heading": "Tools",
                    "pages": [
                        "for-clinicians/sins-calculator",
                        "for-clinicians/escc-grading",
                        "refer-a-patient",
                    ],
                },
            ),
            (
                "contact_details",
                {
                    "heading": "Urgent referrals",
                    "intro": (
                        "For suspected MESCC or a new or progressive neurological deficit, call "
                        "the urgent line and speak to the team. Do not rely on the form alone."
                    ),
                    "show": ["urgent_phone", "main_phone", "fax"],
                },
            ),
        ],
    },
    {
        "type": "sins_calculator",
        "parent": "for-clinicians",
        "slug": "sins-calculator",
        "title": "SINS calculator",
        "clinical": True,
        "summary": (
            "Score the Spinal Instability Neoplastic Score (SINS) for one lesion and refer the "
            "patient with the components filled in."
        ),
        "search_description": (
            "Spinal Instability Neoplastic Score (SINS) calculator: the six components with "
            "their definitions and points, the total and category (Fisher et al., Spine 2010)."
        ),
        "intro": (
            "<p>For clinicians. Choose one answer for each of the six components for a single "
            "lesion. The result shows each component’s points, the total and the category. From "
            "a total of 7, you can refer the patient with the answers filled in.</p>"
        ),
        "body": [
            (
                "related_pages",
                {
                    "heading": "Related pages",
                    "pages": [
                        "for-clinicians/escc-grading",
                        "refer-a-patient",
                        "spinal-instability-and-sins",
                    ],
                },
            ),
        ],
    },
    {
        "type": "escc_grading",
        "parent": "for-clinicians",
        "slug": "escc-grading",
        "title": "ESCC grading (Bilsky scale)",
        "clinical": True,
        "summary": (
            "The six grades of epidural spinal cord compression on axial T2 MRI (Bilsky et al., "
            "2010), each described and drawn."
        ),
        "search_description": (
            "The epidural spinal cord compression (ESCC) scale, grades 0 to 3, with a schematic "
            "axial diagram of each grade (Bilsky et al., J Neurosurg Spine 2010)."
        ),
        "intro": (
            "<p>For clinicians. Each grade of the ESCC scale in the published wording, with a "
            "schematic axial diagram. Please send the grade with your referral: it helps us "
            "prioritize.</p>"
        ),
        "body": [
            (
                "related_pages",
                {
                    "heading": "Related pages",
                    "pages": [
                        "for-clinicians/sins-calculator",
                        "refer-a-patient",
                        "spinal-cord-compression-grades",
                    ],
                },
            ),
        ],
    },
]


# Guides for patients and families: a section under the home page ("For patients and families")
# and its pages, and the remote second opinions page under "Second opinions". "type" picks the
# page type ("standard" or "warning_signs"); "parent" is the ref of the page above it. Figures
# only the practice can give (waits, plans, visit length) come from the clinic settings through
# practice_facts blocks; sources: the practice's page, NHS.UK, NICE NG234, the American Cancer
# Society and the National Cancer Institute.
PATIENT_PAGES = [
    {
        "type": "standard",
        "parent": "",
        "slug": "patients-and-families",
        "title": "For patients and families",
        "show_in_menus": True,
        "summary": (
            "Practical guides for you and your family: your first visit, waiting times, costs, "
            "video visits, living with cancer in the spine, and the warning signs to know."
        ),
        "search_description": (
            "Guides for patients and families: first visit, waiting times, insurance, video "
            "visits, living with spinal metastases and a printable warning signs card."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>These pages answer the questions people ask us most often. They are "
                    "written for you and for the people who help care for you.</p>"
                ),
            ),
            (
                "related_pages",
                {
                    "heading": "Guides",
                    "pages": [
                        "patients-and-families/warning-signs",
                        "patients-and-families/your-first-visit",
                        "patients-and-families/how-soon-will-we-see-you",
                        "patients-and-families/insurance-and-costs",
                        "second-opinions/remote-second-opinions-and-video-visits",
                        "patients-and-families/living-with-spinal-metastases",
                        "patients-and-families/which-cancers-spread-to-the-spine",
                    ],
                },
            ),
        ],
    },
    {
        "type": "warning_signs",
        "parent": "patients-and-families",
        "slug": "warning-signs",
        "title": "Warning signs: when to get help",
        "clinical": True,
        "summary": (
            "The signs that need help now or today, with the numbers to call. Print it and keep "
            "it by the phone or on the fridge."
        ),
        "search_description": (
            "A one-page printable card of the warning signs of spinal cord compression and other "
            "urgent problems for people with cancer in the spine, with numbers to call."
        ),
        "intro": (
            "<p>If you have cancer that has spread to the spine, or might have, keep this page "
            "where you and your family can see it.</p>"
        ),
    },
    {
        "type": "standard",
        "parent": "patients-and-families",
        "slug": "your-first-visit",
        "title": "Your first visit",
        "clinical": True,
        "summary": (
            "What happens at your first visit, what to bring, and questions you may want to ask."
        ),
        "search_description": (
            "Your first visit with a spine cancer surgeon at Lenox Hill Hospital: what happens, "
            "what to bring, and a printable list of questions to ask."
        ),
        "body": [
            ("heading", {"text": "What happens at the visit?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>You will meet Dr. D’Amico or a member of his team. We will:</p>"
                    "<ul>"
                    "<li>ask about your symptoms, your cancer and the treatment you have had</li>"
                    "<li>examine you. We check your strength, feeling, reflexes and how you "
                    "walk. This shows us how well your nerves are working.</li>"
                    "<li>look at your scans with you and explain what they show</li>"
                    "<li>talk about your choices, such as surgery, radiation or both, and what "
                    "matters most to you</li>"
                    "</ul>"
                    "<p>We may ask for more scans or tests. With your permission, we share what "
                    "we find with your cancer doctors.</p>"
                ),
            ),
            (
                "practice_facts",
                {"heading": "How long does it take?", "intro": "", "show": ["visit_length"]},
            ),
            (
                "checklist",
                {
                    "heading": "What should I bring?",
                    "intro": "It helps us a lot if you bring:",
                    "items": [
                        "Your recent scans on a disc or as an online link",
                        "The written reports for those scans",
                        "Letters or notes from your cancer doctors, and your pathology report "
                        "(a report on the cancer cells) if you have one",
                        "A list of all the medicines you take, with the doses",
                        "Your photo ID and insurance card",
                        "A family member or friend, to help you remember what was said",
                        "Your questions, written down",
                    ],
                },
            ),
            (
                "checklist",
                {
                    "heading": "Questions you may want to ask",
                    "intro": "Print this page and write the answers down:",
                    "items": [
                        "What is causing my symptoms?",
                        "Is my spine stable? Is anything pressing on my spinal cord?",
                        "What are my choices: surgery, radiation, both, or neither?",
                        "What would each choice mean for my pain, my walking and my daily life?",
                        "What are the risks for me?",
                        "How long would I stay in the hospital, and how long is recovery?",
                        "How will this fit with my cancer medicines?",
                        "Who do I call if my symptoms change?",
                    ],
                },
            ),
            (
                "care_card",
                {
                    "flags": CORD_COMPRESSION,
                    "heading": "Signs that cannot wait for your visit",
                    "body": (
                        "<p>If any of these is new or getting worse before your visit, do not "
                        "wait for it.</p>"
                    ),
                },
            ),
            (
                "related_pages",
                {
                    "heading": "Read more",
                    "pages": [
                        "lenox-hill-hospital",
                        "patients-and-families/how-soon-will-we-see-you",
                        "patients-and-families/insurance-and-costs",
                        "request-a-consultation",
                    ],
                },
            ),
        ],
    },
    {
        "type": "standard",
        "parent": "patients-and-families",
        "slug": "how-soon-will-we-see-you",
        "title": "How soon will we see you?",
        "summary": (
            "When we reply to a request, how long people usually wait for an appointment, and "
            "when our urgent line is answered."
        ),
        "search_description": (
            "How soon the spine cancer team replies and sees you: routine, urgent and second "
            "opinion appointments, and the urgent line's hours."
        ),
        "body": [
            ("heading", {"text": "When will you reply?", "level": "h2"}),
            (
                "practice_facts",
                {"heading": "Our promise", "intro": "", "show": ["response"]},
            ),
            (
                "paragraph",
                (
                    "<p>When you contact us, tell us about any symptoms that are new or getting "
                    "worse. This helps us decide how soon you need to be seen.</p>"
                ),
            ),
            ("heading", {"text": "How long is the wait for an appointment?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Urgent appointments are available for people with new or worsening "
                    "symptoms. Second opinions are often available quickly, especially when "
                    "nerve symptoms are getting worse.</p>"
                    "<p>But new or worsening weakness, numbness or trouble walking is an "
                    "emergency. Do not wait for an appointment: see the signs below.</p>"
                ),
            ),
            (
                "practice_facts",
                {"heading": "Typical waits", "intro": "", "show": ["waits"]},
            ),
            ("heading", {"text": "Who answers the urgent line?", "level": "h2"}),
            (
                "practice_facts",
                {
                    "heading": "Our urgent line",
                    "intro": "For symptoms that are new or getting worse.",
                    "show": ["urgent_line"],
                },
            ),
            (
                "care_card",
                {
                    "flags": CORD_COMPRESSION,
                    "heading": "Do not wait for an appointment if you have these signs",
                    "body": "<p>If any of these is new or getting worse, get help now.</p>",
                },
            ),
            (
                "related_pages",
                {
                    "heading": "Read more",
                    "pages": [
                        "patients-and-families/your-first-visit",
                        "patients-and-families/warning-signs",
                        "request-a-consultation",
                    ],
                },
            ),
        ],
    },
    {
        "type": "standard",
        "parent": "patients-and-families",
        "slug": "insurance-and-costs",
        "title": "Insurance and costs",
        "summary": (
            "Which insurance plans we accept, whether you need a referral, Medicare and "
            "Medicaid, and who can help with costs."
        ),
        "search_description": (
            "Insurance and costs for spine cancer care at Lenox Hill Hospital: plans accepted, "
            "referrals, Medicare, Medicaid, financial counseling and second opinion costs."
        ),
        "body": [
            ("heading", {"text": "Do you accept my insurance?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Plans change often, so the best way to know is to ask us. Have your "
                    "insurance card ready when you call.</p>"
                ),
            ),
            (
                "practice_facts",
                {"heading": "Plans", "intro": "", "show": ["insurance_plans"]},
            ),
            ("heading", {"text": "Do I need a referral?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>It depends on your plan. Some plans need a referral from your primary "
                    "care doctor before you see a specialist. Some also need approval before a "
                    "scan or surgery. This is called prior authorization.</p>"
                    "<p>Call the number on the back of your insurance card to check. We can "
                    "help you with the forms.</p>"
                ),
            ),
            ("heading", {"text": "What about Medicare and Medicaid?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Medicare is health insurance for people 65 or older and some younger "
                    "people with a disability. Medicaid helps people with low income pay for "
                    "care. Many people have these through a private plan, such as a Medicare "
                    "Advantage plan. These plans may have their own list of doctors and their "
                    "own rules about referrals.</p>"
                    "<p>Ask us whether we take your plan before your visit.</p>"
                ),
            ),
            ("heading", {"text": "Who can help me with costs?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Cancer care can cost a lot, and worry about money is common. You do not "
                    "have to sort it out alone.</p>"
                    "<ul>"
                    "<li>Ask the hospital to put you in touch with a financial counselor. They "
                    "can explain your costs, help with insurance questions and tell you about "
                    "programs that help pay for care.</li>"
                    "<li>Ask for an estimate of your costs before a planned scan or "
                    "operation.</li>"
                    "<li>A hospital social worker can help with travel, housing and other "
                    "needs.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "What does a second opinion cost?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Many plans cover a second opinion. Some plans even ask for one before "
                    "surgery. Check with your plan first.</p>"
                ),
            ),
            (
                "practice_facts",
                {
                    "heading": "If your plan does not cover it",
                    "intro": "",
                    "show": ["second_opinion_cost"],
                },
            ),
            (
                "contact_details",
                {
                    "heading": "Questions about insurance?",
                    "intro": "Call us and we will check your plan with you.",
                    "show": ["main_phone", "hours"],
                },
            ),
        ],
    },
    {
        "type": "standard",
        "parent": "second-opinions",
        "slug": "remote-second-opinions-and-video-visits",
        "title": "Remote second opinions and video visits",
        "clinical": True,
        "summary": (
            "What we can review from your records and scans alone, how a video visit works, "
            "and when you may need to come in person."
        ),
        "search_description": (
            "Remote second opinions for spine metastases from records and scans, and video "
            "visits with a spine cancer surgeon in New York: how they work and their limits."
        ),
        "body": [
            ("heading", {"text": "Can you review my case without a visit?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Often, yes. From your scans and reports, we can usually tell you:</p>"
                    "<ul>"
                    "<li>whether the tumor is pressing on your spinal cord or nerves</li>"
                    "<li>whether your spine looks stable</li>"
                    "<li>whether surgery, radiation or both could help, and what else we need "
                    "to know</li>"
                    "</ul>"
                    "<p>We need the scans themselves, not only the written reports. Send them on "
                    "a disc or as an online link.</p>"
                    "<p>Some things need us to see you. We may need to check your strength and "
                    "feeling, or ask more about your symptoms. Then we will offer a video visit "
                    "or a visit in person.</p>"
                ),
            ),
            ("heading", {"text": "How does a video visit work?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>We will tell you how to join when we book the visit. You do not join it "
                    "through this website.</li>"
                    "<li>You need a phone, tablet or computer with a camera and microphone, and "
                    "a good internet connection.</li>"
                    "<li>Find a quiet, private place with good light.</li>"
                    "<li>A family member can join you.</li>"
                    "<li>Have your medicine list and your questions ready.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Can anyone have a video visit?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Doctors can only treat people by video in the states where they hold a "
                    "license. The rule usually depends on where you are during the visit, not "
                    "where you live.</p>"
                    "<p>If you live in New Jersey or another state, ask us before you book. You "
                    "may need to be in New York for the video visit, or come to see us in "
                    "person.</p>"
                    "<p>A video visit is not right for a problem that needs help now.</p>"
                ),
            ),
            (
                "care_card",
                {
                    "flags": CORD_COMPRESSION,
                    "heading": "Do not wait for a video visit if you have these signs",
                    "body": "<p>If any of these is new or getting worse, get help now.</p>",
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "How do I ask for a remote second opinion?",
                    "text": (
                        "Fill in our form and choose how you would like to meet. You can upload "
                        "reports with it."
                    ),
                    "page": "second-opinions/request",
                    "link_text": "Ask for a second opinion",
                },
            ),
        ],
    },
]

PATIENT_PAGES += [
    {
        "type": "standard",
        "parent": "patients-and-families",
        "slug": "living-with-spinal-metastases",
        "title": "Living with spinal metastases",
        "clinical": True,
        "summary": (
            "Moving safely, braces, skin and bladder care, steroids, pain and constipation, "
            "support for you and your family, and planning ahead."
        ),
        "search_description": (
            "Living with cancer in the spine: moving safely, braces, steroids (dexamethasone), "
            "pain medicines and constipation, palliative care, hospice and planning ahead."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Spinal metastases are cancer that has spread to the spine. This page "
                    "covers day-to-day life at home. Your own team knows you best, so follow "
                    "their advice first.</p>"
                ),
            ),
            ("heading", {"text": "Why should I act fast on new symptoms?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Treatment works best before the ability to walk is lost. New weakness, "
                    "numbness or trouble walking can mean the cancer is pressing on your spinal "
                    "cord. Getting help fast gives the best chance to keep you walking.</p>"
                ),
            ),
            (
                "care_card",
                {
                    "flags": CORD_COMPRESSION,
                    "heading": "Signs to act on straight away",
                    "body": "<p>Act on any of these that is new or getting worse:</p>",
                },
            ),
            ("heading", {"text": "How can I move safely?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Ask your team how much you can move. If your spine may be unstable, they "
                    "may ask you to lie flat or wear a brace until it is treated.</p>"
                    "<ul>"
                    "<li>Move slowly when you get up, and sit on the edge of the bed first.</li>"
                    "<li>Clear away loose rugs, cords and clutter so you do not trip.</li>"
                    "<li>Use night lights and handrails.</li>"
                    "<li>Avoid heavy lifting, and twisting or bending at the waist.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Will I need a brace or other equipment?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Some people need a brace to support the spine for a while. Wear it the "
                    "way your team shows you.</p>"
                    "<p>A walker, a cane, a shower chair or a raised toilet seat can make daily "
                    "life easier and safer. An occupational therapist can help. This is an "
                    "expert who helps you do everyday tasks safely. Ask your team to refer "
                    "you.</p>"
                ),
            ),
            ("heading", {"text": "How do I look after my skin and bladder?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>If you spend a lot of time sitting or lying down, you can get pressure "
                    "sores. These are sore or broken areas of skin over bony parts, such as the "
                    "lower back, hips and heels.</p>"
                    "<ul>"
                    "<li>Change position often, or ask someone to help you.</li>"
                    "<li>Check your skin each day. Tell your nurse about red or sore "
                    "areas.</li>"
                    "<li>Keep your skin clean and dry.</li>"
                    "</ul>"
                    "<p>Drink enough fluids unless your doctor tells you not to. If you use a "
                    "catheter (a thin tube that drains pee from the bladder), keep it clean as "
                    "your nurse shows you. New trouble peeing or losing control of your bladder "
                    "is an emergency: call 911 or go to the nearest emergency department now.</p>"
                ),
            ),
            ("heading", {"text": "What should I know about steroids?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Steroids are strong medicines that reduce swelling. The one used most "
                    "often is dexamethasone. It can ease swelling around the spinal cord and "
                    "help with pain.</p>"
                    "<p>Possible side effects include:</p>"
                    "<ul>"
                    "<li>high blood sugar, which can make you thirsty and pee more. If you have "
                    "diabetes, check your sugar more often.</li>"
                    "<li>trouble sleeping, so take it in the morning if your doctor agrees</li>"
                    "<li>feeling hungry, restless, or having mood changes</li>"
                    "<li>an upset stomach or heartburn, so take it with food</li>"
                    "<li>a higher chance of infections</li>"
                    "<li>weak muscles in the legs if you take it for a long time</li>"
                    "</ul>"
                    "<p>Do not stop taking steroids suddenly. Your doctor will lower the dose "
                    "slowly.</p>"
                ),
            ),
            ("heading", {"text": "How can I keep my pain under control?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Take pain medicine regularly, the way it was prescribed. It works better "
                    "if you do not wait until the pain is bad. Tell your team if your pain is "
                    "not controlled. There are many ways to treat it.</p>"
                    "<p>Strong pain medicines called opioids, such as morphine or oxycodone, "
                    "often cause constipation (trouble pooping). To help:</p>"
                    "<ul>"
                    "<li>Take a laxative (a medicine that helps you poop) every day, as your "
                    "team advises.</li>"
                    "<li>Drink plenty of fluids, and move around if you can.</li>"
                    "<li>Tell your team if you have not pooped for three days.</li>"
                    "</ul>"
                    "<p>Opioids can also make you sleepy or sick to your stomach. Do not drive "
                    "if you feel sleepy.</p>"
                ),
            ),
            (
                "care_card",
                {
                    "flags": SPINAL_PAIN,
                    "heading": "Pain that needs checking the same day",
                    "body": "",
                },
            ),
            ("heading", {"text": "Where can I get emotional support?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>It is normal to feel scared, sad or angry. Talk to someone you trust. "
                    "Tell your team how you feel. They can put you in touch with a counselor or "
                    "a social worker.</p>"
                    "<p>Support groups let you talk with people who know what it is like. The "
                    "American Cancer Society and the National Cancer Institute can help you find "
                    "one.</p>"
                ),
            ),
            ("heading", {"text": "What about caregivers?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Caring for someone with cancer is hard work. If you are a caregiver, "
                    "look after yourself too. Rest, eat well and accept help from others. Ask "
                    "the team to show you how to help the person move safely.</p>"
                ),
            ),
            ("heading", {"text": "What are palliative care and hospice?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Palliative care is care that eases pain, other symptoms and stress. You "
                    "can have it at any stage, alongside treatment for the cancer. It is not "
                    "only for the end of life.</p>"
                    "<p>Hospice is care that focuses on comfort and quality of life. It is for "
                    "when treatment to control the cancer is no longer helping, or you choose "
                    "to stop it. Hospice care can be at home.</p>"
                ),
            ),
            ("heading", {"text": "How can I plan ahead?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Advance care planning means thinking about what matters most to you and "
                    "the care you would want. Then you share it with your family and your "
                    "doctors.</p>"
                    "<p>You can choose someone to make health decisions for you if you cannot. "
                    "In New York, the form that names this person is called a health care "
                    "proxy. You can change your plans at any time.</p>"
                ),
            ),
            (
                "related_pages",
                {
                    "heading": "Read more",
                    "pages": [
                        "patients-and-families/warning-signs",
                        "multidisciplinary-care",
                        "patients-and-families/which-cancers-spread-to-the-spine",
                    ],
                },
            ),
        ],
    },
    {
        "type": "standard",
        "parent": "patients-and-families",
        "slug": "which-cancers-spread-to-the-spine",
        "title": "Which cancers spread to the spine?",
        "clinical": True,
        "summary": (
            "Almost any cancer can spread to the spine. Some kinds do so more often. Learn why "
            "the kind of cancer matters for treatment."
        ),
        "search_description": (
            "Which cancers spread to the spine: breast, lung, prostate, kidney and thyroid "
            "cancer, myeloma and others, and why the type of cancer matters for treatment."
        ),
        "body": [
            ("heading", {"text": "Which cancers spread to the spine most often?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Almost any cancer can spread to the bones of the spine. Some kinds do so "
                    "more often than others:</p>"
                    "<ul>"
                    "<li><b>Breast cancer.</b> It can spread to the bones, sometimes years after "
                    "the first treatment.</li>"
                    "<li><b>Lung cancer.</b> Sometimes spine pain is the first sign of it.</li>"
                    "<li><b>Prostate cancer.</b> When it spreads, it often goes to the bones.</li>"
                    "<li><b>Kidney cancer</b> and <b>thyroid cancer.</b> These tumors often have "
                    "many blood vessels. Before surgery, a doctor may block the tumor's blood "
                    "supply to lower bleeding. This is called embolization.</li>"
                    "<li><b>Myeloma.</b> This is a blood cancer that grows in the bone marrow, "
                    "the soft inside of bones. It can weaken the bones of the spine.</li>"
                    "</ul>"
                    "<p>Other cancers can spread to the spine too, such as bowel cancer, "
                    "melanoma (a skin cancer) and lymphoma. Sometimes the cancer is first found "
                    "in the spine. Then a biopsy (taking a small sample of tissue to test) shows "
                    "where it started.</p>"
                ),
            ),
            ("heading", {"text": "Why does the type of cancer matter?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Different cancers respond to treatment in different ways. Some shrink "
                    "well with standard radiation, such as myeloma and lymphoma. Others, such as "
                    "kidney cancer and melanoma, often need a more precise, higher dose of "
                    "radiation, or surgery.</p>"
                    "<p>Cancer medicines also work differently for each type. So your surgeon, "
                    "your radiation doctor and your cancer doctor plan your care together.</p>"
                ),
            ),
            ("heading", {"text": "I have had cancer. What should I watch for?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>New back or neck pain that does not go away should be checked, even if "
                    "your cancer was treated years ago. Tell your cancer team about it.</p>"
                ),
            ),
            (
                "care_card",
                {
                    "flags": SPINAL_PAIN,
                    "heading": "Pain that needs checking the same day",
                    "body": (
                        "<p>If you have cancer or have had cancer, these kinds of pain can be a "
                        "sign that it has spread to the spine:</p>"
                    ),
                },
            ),
            (
                "related_pages",
                {
                    "heading": "Read more",
                    "pages": [
                        "conditions/spine-metastases",
                        "how-we-decide-on-treatment",
                        "patients-and-families/living-with-spinal-metastases",
                    ],
                },
            ),
        ],
    },
]
