"""Search quality: what patients and families type, misspellings and everyday words included,
finds the page that answers it among the first three results.

Run on PostgreSQL, as the site is (CI too): the ranking is PostgreSQL's full-text ranking, and
misspellings are corrected with its trigram similarity. SQLite ranks differently.
"""

import re

import pytest
from django.db import connection

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="search quality is measured with PostgreSQL's ranking, which the site uses",
    ),
]

# (what someone types, the page that must be among the first three results)
QUERIES = [
    ("metastisis", "/conditions/spine-metastases/"),
    ("metastasis spine", "/conditions/spine-metastases/"),
    ("spinal cord compresion", "/spinal-cord-compression-grades/"),
    ("paralysis", "/symptoms/weakness-or-difficulty-walking/"),
    ("can't walk", "/symptoms/weakness-or-difficulty-walking/"),
    ("pee", "/symptoms/bladder-or-bowel-problems/"),
    ("numb legs", "/symptoms/numbness-or-tingling/"),
    ("kyfoplasty", "/treatments/minimally-invasive-options/"),
    ("mets", "/conditions/spine-metastases/"),
    ("spine cancer", "/conditions/spine-metastases/"),
    ("back pain", "/symptoms/back-pain/"),
    ("pain at night", "/symptoms/night-pain/"),
    ("pain down my leg", "/symptoms/radiating-pain/"),
    ("sciatica", "/symptoms/radiating-pain/"),
    ("tingling", "/symptoms/numbness-or-tingling/"),
    ("pins and needles", "/symptoms/numbness-or-tingling/"),
    ("falling over", "/symptoms/balance-and-coordination/"),
    ("unsteady on my feet", "/symptoms/balance-and-coordination/"),
    ("cant control my bladder", "/symptoms/bladder-or-bowel-problems/"),
    ("wetting myself", "/symptoms/bladder-or-bowel-problems/"),
    ("second opinion", "/second-opinions/"),
    ("video visit", "/second-opinions/remote-second-opinions-and-video-visits/"),
    ("insurance", "/patients-and-families/insurance-and-costs/"),
    ("how much does it cost", "/patients-and-families/insurance-and-costs/"),
    ("medicare", "/patients-and-families/insurance-and-costs/"),
    ("first appointment", "/patients-and-families/your-first-visit/"),
    ("what to bring", "/patients-and-families/your-first-visit/"),
    ("how long is the wait", "/patients-and-families/how-soon-will-we-see-you/"),
    ("interpreter", "/language-assistance/"),
    (
        "which cancers spread to the spine",
        "/patients-and-families/which-cancers-spread-to-the-spine/",
    ),
    ("breast cancer spread to bone", "/patients-and-families/which-cancers-spread-to-the-spine/"),
    ("prostate cancer", "/patients-and-families/which-cancers-spread-to-the-spine/"),
    ("radiation", "/treatments/radiotherapy-coordination/"),
    ("surgery to take pressure off the spinal cord", "/treatments/decompression-surgery/"),
    ("screws and rods", "/treatments/stabilization-and-reconstruction/"),
    ("bone cement", "/treatments/minimally-invasive-options/"),
    ("vertebroplasty", "/treatments/minimally-invasive-options/"),
    ("living with cancer in the spine", "/patients-and-families/living-with-spinal-metastases/"),
    ("make an appointment", "/request-a-consultation/"),
    ("hospital address", "/lenox-hill-hospital/"),
    ("brooklyn", "/areas-we-serve/brooklyn/"),
    ("unstable spine", "/spinal-instability-and-sins/"),
    ("surgery or radiation", "/how-we-decide-on-treatment/"),
    ("metastatic", "/conditions/spine-metastases/"),
    ("tumor in my back", "/conditions/spine-metastases/"),
    ("spinal cord compression", "/spinal-cord-compression-grades/"),
    ("spine surgeon", "/our-team/"),
]


def top_three(client, query):
    html = client.get("/search/", {"q": query}).content.decode()
    return re.findall(r'<h3 class="search-result__title"><a href="([^"]+)">', html)[:3]


def test_there_are_enough_queries():
    assert len(QUERIES) >= 40


@pytest.mark.parametrize(("query", "expected"), QUERIES)
def test_the_right_page_is_in_the_top_three(client, site_content, query, expected):
    assert expected in top_three(client, query), query
