"""System checks for the patient-request app."""

from django.core import checks

from . import scanning


@checks.register(checks.Tags.security, deploy=True)
def virus_scanner_configured(app_configs, **kwargs):
    """In production (`check --deploy`): warn when uploads would be stored unscanned."""
    if scanning.scanning_enabled():
        return []
    return [
        checks.Warning(
            "Uploaded reports are not scanned for viruses: neither CLAMD_SOCKET nor "
            "CLAMD_HOST is set.",
            hint="Point CLAMD_SOCKET (or CLAMD_HOST and CLAMD_PORT) at ClamAV's clamd; "
            "see docs/security.md.",
            id="consultations.W001",
        )
    ]
