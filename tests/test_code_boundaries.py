"""Rules the project's own code keeps: only the public API of Django and Wagtail, and the two
apps (conditions, consultations) never importing each other."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("spineclinic", "conditions", "consultations")


def python_files(*packages):
    for package in packages:
        yield from sorted((ROOT / package).rglob("*.py"))


def imports(path):
    """(module, name or None, line) for every import in a file."""
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, None, node.lineno
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            for alias in node.names:
                yield node.module, alias.name, node.lineno


def shown(path):
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def private_framework_imports(path):
    found = []
    for module, name, line in imports(path):
        if module.split(".")[0] not in {"django", "wagtail"}:
            continue
        parts = module.split(".") + ([name] if name else [])
        if any(part.startswith("_") for part in parts):
            found.append(f"{shown(path)}:{line}: {module} {name or ''}".strip())
    return found


def test_no_private_name_of_django_or_wagtail_is_imported():
    files = list(python_files(*PACKAGES))
    assert len(files) > 50
    found = [hit for path in files for hit in private_framework_imports(path)]
    assert not found, "\n".join(found)


def test_the_check_finds_a_private_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from django.utils.html import _json_script_escapes\nimport wagtail._private\n"
        "from django.utils.html import json_script\n"
    )
    assert len(private_framework_imports(sample)) == 2


@pytest.mark.parametrize(
    ("package", "other"), [("conditions", "consultations"), ("consultations", "conditions")]
)
def test_the_apps_do_not_import_each_other(package, other):
    found = [
        f"{path.relative_to(ROOT)}:{line}: {module}"
        for path in python_files(package)
        for module, _name, line in imports(path)
        if module == other or module.startswith(other + ".")
    ]
    assert not found, "\n".join(found)
