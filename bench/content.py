# ruff: noqa: S311, S603, S607, T201 - a benchmark script: runs local tools, prints figures, makes up data
"""Bigger content sets for the benchmarks: the practice's real content plus a patients'
library of articles (nested sections of StandardPages with headings, paragraphs, questions and
answers and related-page cards), and patient requests by the hundred thousand.

    .venv/bin/python bench/content.py pages 600      # the site, grown to 600 live pages
    .venv/bin/python bench/content.py requests 100000

Runs against DATABASE_URL with DJANGO_SETTINGS_MODULE (production settings in `make bench`).
Never point it at a real site's database: it adds made-up pages and patient requests.
"""

import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "spineclinic.settings.dev")

WORDS = [
    "spine",
    "cancer",
    "metastases",
    "vertebra",
    "surgery",
    "radiotherapy",
    "pain",
    "weakness",
    "numbness",
    "walking",
    "bladder",
    "bowel",
    "stability",
    "fracture",
    "cement",
    "brace",
    "recovery",
    "oncologist",
    "scan",
    "MRI",
    "biopsy",
    "team",
    "hospital",
    "family",
    "question",
    "appointment",
    "referral",
    "treatment",
    "symptom",
    "nerve",
    "cord",
    "compression",
    "stereotactic",
    "decompression",
    "stabilization",
    "kyphoplasty",
    "rehabilitation",
    "nurse",
    "care",
    "plan",
]
SECTION_SIZE = 100


def sentence(rng, n=14):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def article_body(rng, related):
    from wagtail.rich_text import RichText

    paragraphs = [
        ("paragraph", RichText(f"<p>{sentence(rng)} {sentence(rng)} {sentence(rng)}</p>"))
        for _ in range(3)
    ]
    return [
        ("paragraph", RichText(f"<p>{sentence(rng)} {sentence(rng)}</p>")),
        ("heading", {"text": "What to expect", "level": "h2"}),
        *paragraphs,
        (
            "faq",
            {
                "heading": "Common questions",
                "items": [
                    {
                        "question": sentence(rng, 6)[:-1] + "?",
                        "answer": RichText(f"<p>{sentence(rng)}</p>"),
                    }
                    for _ in range(3)
                ],
            },
        ),
        ("related_pages", {"heading": "Related pages", "pages": related}),
    ]


def live_page_count():
    from wagtail.models import Page

    return Page.objects.filter(depth__gt=1, live=True).count()


def ensure_site_content():
    from io import StringIO

    from django.core.management import call_command

    call_command("load_site_content", stdout=StringIO())


def grow_to(total):
    """Add library articles until the site has `total` live pages."""
    from django.db import transaction
    from wagtail.models import Page, Site

    from conditions.models import StandardPage, SymptomPage, TreatmentPage

    ensure_site_content()
    missing = total - live_page_count()
    if missing <= 0:
        return 0
    rng = random.Random(total)
    home = Site.objects.get(is_default_site=True).root_page.specific
    related = list(SymptomPage.objects.live()[:2]) + list(TreatmentPage.objects.live()[:1])
    library = StandardPage.objects.filter(slug="library").first()
    if library is None:
        library = home.add_child(
            instance=StandardPage(
                title="Patient library",
                slug="library",
                summary="Articles for patients and families.",
                body=article_body(rng, related),
            )
        )
        missing -= 1
    added = 0
    started = time.monotonic()
    while added < missing:
        number = library.get_children().count() + 1
        with transaction.atomic():
            section = library.add_child(
                instance=StandardPage(
                    title=f"Library section {number}",
                    slug=f"section-{number}",
                    summary=sentence(rng, 10),
                    body=article_body(rng, related),
                )
            )
            added += 1
            for index in range(min(SECTION_SIZE, missing - added)):
                section.add_child(
                    instance=StandardPage(
                        title=f"{sentence(rng, 5)[:-1]} ({number}.{index + 1})",
                        slug=f"article-{index + 1}",
                        summary=sentence(rng, 12),
                        body=article_body(rng, related),
                    )
                )
                added += 1
        section = Page.objects.get(pk=section.pk)
        print(f"  {live_page_count()} live pages ({time.monotonic() - started:.0f} s)")
    return added


def add_requests(count, batch=2000):
    """`count` patient requests, encrypted as the site stores them, in a spread of types,
    statuses, urgencies and dates (bulk inserts: no notifications are queued)."""
    import datetime

    from django.utils import timezone

    from consultations.choices import RequestType, Status
    from consultations.models import PatientRequest

    rng = random.Random(count)
    first = ["Maria", "James", "Ana", "Wei", "Olu", "Sara", "David", "Priya", "Luis", "Grace"]
    last = ["Lopez", "Smith", "Chen", "Okafor", "Cohen", "Patel", "Garcia", "Kim", "Brown"]
    now = timezone.now()
    types = list(RequestType.values)
    statuses = list(Status.values)
    made = 0
    while made < count:
        rows = []
        for _ in range(min(batch, count - made)):
            request_type = rng.choice(types)
            row = PatientRequest(
                request_type=request_type,
                status=rng.choice(statuses),
                urgent=rng.random() < 0.15,
                submitted_at=now - datetime.timedelta(minutes=rng.randrange(0, 60 * 24 * 730)),
                patient_name=f"{rng.choice(first)} {rng.choice(last)}-{rng.randrange(10**6)}",
                patient_dob=datetime.date(1940 + rng.randrange(60), 1 + rng.randrange(12), 1),
                patient_phone="(212) 555-0100",
                message=sentence(rng, 30),
            )
            # What save() fills in, since bulk_create does not call it.
            from consultations.encryption import name_index
            from consultations.models.requests import new_reference

            row.reference = new_reference(request_type)
            row.name_index = name_index(row.patient_name, row.submitter_name)
            rows.append(row)
        PatientRequest.objects.bulk_create(rows, batch_size=batch)
        made += len(rows)
        print(f"  {made} requests")
    return made


def main(argv):
    import django

    django.setup()
    what, number = argv[1], int(argv[2])
    if what == "pages":
        print(f"Added {grow_to(number)} pages; {live_page_count()} live pages in all.")
    elif what == "requests":
        print(f"Added {add_requests(number)} patient requests.")
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
