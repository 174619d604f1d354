"""A checker for the schema.org JSON-LD the site publishes (no network in tests).

The vocabulary below is the part of schema.org (release 29) that the site uses: each type with
its parent types, and each property with the types it may be used on (domainIncludes) and the
types of value it takes (rangeIncludes), copied from the schema.org definitions. The checker
rejects an unknown type, a property used on a type outside its domain, a value outside its
range, a malformed date or time, an unknown enumeration member, and an "@id" reference to a
node the document does not define.
"""

import re

SCHEMA = "https://schema.org/"

TYPES = {
    "Thing": [],
    "CreativeWork": ["Thing"],
    "WebPage": ["CreativeWork"],
    "MedicalWebPage": ["WebPage"],
    "CollectionPage": ["WebPage"],
    "FAQPage": ["WebPage"],
    "WebSite": ["CreativeWork"],
    "Comment": ["CreativeWork"],
    "Question": ["Comment"],
    "Answer": ["Comment"],
    "Intangible": ["Thing"],
    "ItemList": ["Intangible"],
    "BreadcrumbList": ["ItemList"],
    "ListItem": ["Intangible"],
    "StructuredValue": ["Intangible"],
    "ContactPoint": ["StructuredValue"],
    "PostalAddress": ["ContactPoint"],
    "OpeningHoursSpecification": ["StructuredValue"],
    "Organization": ["Thing"],
    "Person": ["Thing"],
    "Place": ["Thing"],
    "LocalBusiness": ["Organization", "Place"],
    "MedicalOrganization": ["Organization"],
    "MedicalBusiness": ["LocalBusiness"],
    "MedicalClinic": ["MedicalBusiness", "MedicalOrganization"],
    "Physician": ["MedicalBusiness", "MedicalOrganization"],
    "CivicStructure": ["Place"],
    "EmergencyService": ["LocalBusiness"],
    "Hospital": ["CivicStructure", "EmergencyService", "MedicalOrganization"],
    "AdministrativeArea": ["Place"],
    "MedicalEntity": ["Thing"],
    "MedicalCondition": ["MedicalEntity"],
    "MedicalSignOrSymptom": ["MedicalCondition"],
    "MedicalSymptom": ["MedicalSignOrSymptom"],
    "AnatomicalStructure": ["MedicalEntity"],
    "MedicalProcedure": ["MedicalEntity"],
    "TherapeuticProcedure": ["MedicalProcedure"],
    "MedicalTherapy": ["TherapeuticProcedure"],
    "RadiationTherapy": ["MedicalTherapy"],
    "ImageObject": ["CreativeWork"],
}

ENUMERATIONS = {
    "MedicalSpecialty": {
        "Oncologic", "Neurologic", "Surgical", "Musculoskeletal", "Radiography", "Emergency",
    },
    "DayOfWeek": {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "PublicHolidays",
    },
    "MedicalProcedureType": {"SurgicalProcedure", "PercutaneousProcedure", "NoninvasiveProcedure"},
}  # fmt: skip
# Specialty's members include MedicalSpecialty's.
ENUMERATIONS["Specialty"] = ENUMERATIONS["MedicalSpecialty"]

DATA_TYPES = {"Text", "URL", "Date", "DateTime", "Time", "Integer", "Number", "Boolean"}

# property: (domainIncludes, rangeIncludes)
PROPERTIES = {
    "name": (["Thing"], ["Text"]),
    "alternateName": (["Thing"], ["Text"]),
    "description": (["Thing"], ["Text"]),
    "url": (["Thing"], ["URL"]),
    "image": (["Thing"], ["ImageObject", "URL"]),
    "logo": (["Organization", "Place"], ["ImageObject", "URL"]),
    "about": (["CreativeWork"], ["Thing"]),
    "mainEntity": (["CreativeWork"], ["Thing"]),
    "mentions": (["CreativeWork"], ["Thing"]),
    "inLanguage": (["CreativeWork"], ["Text"]),
    "isPartOf": (["CreativeWork"], ["CreativeWork", "URL"]),
    "publisher": (["CreativeWork"], ["Organization", "Person"]),
    "datePublished": (["CreativeWork"], ["Date", "DateTime"]),
    "dateModified": (["CreativeWork"], ["Date", "DateTime"]),
    "contentLocation": (["CreativeWork"], ["Place"]),
    "text": (["CreativeWork"], ["Text"]),
    "breadcrumb": (["WebPage"], ["BreadcrumbList", "Text"]),
    "lastReviewed": (["WebPage"], ["Date"]),
    "reviewedBy": (["WebPage"], ["Organization", "Person"]),
    "specialty": (["WebPage"], ["Specialty"]),
    "acceptedAnswer": (["Question"], ["Answer", "ItemList"]),
    "itemListElement": (["ItemList"], ["ListItem", "Thing", "Text"]),
    "position": (["ListItem", "CreativeWork"], ["Integer", "Text"]),
    "item": (["ListItem"], ["Thing"]),
    "telephone": (["ContactPoint", "Organization", "Person", "Place"], ["Text"]),
    "faxNumber": (["ContactPoint", "Organization", "Person", "Place"], ["Text"]),
    "email": (["ContactPoint", "Organization", "Person"], ["Text"]),
    "address": (["Organization", "Person", "Place"], ["PostalAddress", "Text"]),
    "streetAddress": (["PostalAddress"], ["Text"]),
    "addressLocality": (["PostalAddress"], ["Text"]),
    "addressRegion": (["PostalAddress"], ["Text"]),
    "postalCode": (["PostalAddress"], ["Text"]),
    "addressCountry": (["PostalAddress"], ["Text"]),
    "openingHoursSpecification": (["Place"], ["OpeningHoursSpecification"]),
    "dayOfWeek": (["OpeningHoursSpecification"], ["DayOfWeek"]),
    "opens": (["OpeningHoursSpecification"], ["Time"]),
    "closes": (["OpeningHoursSpecification"], ["Time"]),
    "areaServed": (["Organization", "ContactPoint"], ["AdministrativeArea", "Place", "Text"]),
    "location": (["Organization"], ["Place", "PostalAddress", "Text"]),
    "medicalSpecialty": (
        ["MedicalClinic", "Hospital", "Physician", "MedicalOrganization"],
        ["MedicalSpecialty"],
    ),
    "availableService": (
        ["MedicalClinic", "Hospital", "Physician"],
        ["MedicalProcedure", "MedicalTherapy"],
    ),
    "hospitalAffiliation": (["Physician"], ["Hospital"]),
    "worksFor": (["Person"], ["Organization"]),
    "workLocation": (["Person"], ["ContactPoint", "Place"]),
    "signOrSymptom": (["MedicalCondition"], ["MedicalSignOrSymptom"]),
    "possibleTreatment": (["MedicalCondition", "MedicalSignOrSymptom"], ["MedicalTherapy"]),
    "associatedAnatomy": (["MedicalCondition"], ["AnatomicalStructure"]),
    "relevantSpecialty": (["MedicalEntity"], ["MedicalSpecialty"]),
    "bodyLocation": (["MedicalProcedure"], ["Text"]),
    "procedureType": (["MedicalProcedure"], ["MedicalProcedureType"]),
}


def ancestors(type_name):
    """A type and every type it inherits from."""
    if type_name not in TYPES:
        raise ValueError(f"unknown schema.org type {type_name!r}")
    seen = {type_name}
    for parent in TYPES[type_name]:
        seen |= ancestors(parent)
    return seen


def _types(node):
    value = node.get("@type", [])
    return value if isinstance(value, list) else [value]


def _is_a(types, wanted):
    return any(w in ancestors(t) for t in types for w in wanted)


DATA_FORMATS = {
    "Text": r".+",
    "URL": r"https?://\S+",
    "Date": r"\d{4}-\d{2}-\d{2}",
    "DateTime": r"\d{4}-\d{2}-\d{2}T[\d:.+-]+Z?",
    "Time": r"([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?",
}


def _check_string(value, ranges, where):
    for kind in ranges:
        if kind in ENUMERATIONS:
            if value.startswith(SCHEMA) and value[len(SCHEMA) :] in ENUMERATIONS[kind]:
                return
        elif kind in DATA_FORMATS:
            if re.fullmatch(DATA_FORMATS[kind], value, re.S):
                return
        elif kind in TYPES and re.fullmatch(DATA_FORMATS["URL"], value):
            return  # a URL standing for a Thing, as schema.org allows
    raise AssertionError(f"{where}: {value!r} is not one of {ranges}")


def check_document(document):
    """Raise AssertionError for anything not valid schema.org; return the nodes by @id."""
    assert document.get("@context") in ("https://schema.org", "https://schema.org/")
    graph = document["@graph"]
    defined, references = {}, []

    def visit(node, where):
        types = _types(node)
        if "@type" in node:
            for t in types:
                ancestors(t)  # raises for an unknown type
        if "@id" in node:
            if len(node) == 1:
                references.append((node["@id"], where))
                return
            defined.setdefault(node["@id"], node)
        elif not types:
            raise AssertionError(f"{where}: node without @type or @id")
        for prop, value in node.items():
            if prop.startswith("@"):
                continue
            assert prop in PROPERTIES, f"{where}: unknown property {prop!r}"
            domains, ranges = PROPERTIES[prop]
            assert _is_a(types, domains), f"{where}: {prop!r} is not a property of {types}"
            for item in value if isinstance(value, list) else [value]:
                here = f"{where}.{prop}"
                if isinstance(item, dict):
                    if set(item) == {"@id"}:
                        references.append((item["@id"], here))
                        continue
                    item_types = _types(item)
                    assert _is_a(item_types, ranges) or "Thing" in ranges, (
                        f"{here}: {item_types} is not one of {ranges}"
                    )
                    visit(item, here)
                elif isinstance(item, bool):
                    assert "Boolean" in ranges, f"{here}: a boolean is not one of {ranges}"
                elif isinstance(item, int):
                    assert {"Integer", "Number"} & set(ranges), f"{here}: {ranges}"
                elif isinstance(item, str):
                    assert item.strip(), f"{here}: empty text"
                    _check_string(item, ranges, here)
                else:
                    raise AssertionError(f"{here}: unexpected value {item!r}")

    for index, node in enumerate(graph):
        assert "@type" in node, f"@graph[{index}] has no @type"
        visit(node, f"@graph[{index}]")
    for ref, where in references:
        assert ref in defined, f"{where}: refers to {ref}, which the document does not define"
    return defined


def nodes_of_type(document, type_name):
    """Every node (at any depth) whose type is `type_name` or a subtype of it."""
    found = []

    def walk(value):
        if isinstance(value, dict):
            if "@type" in value and _is_a(_types(value), [type_name]):
                found.append(value)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(document["@graph"])
    return found
