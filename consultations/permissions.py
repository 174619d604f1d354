"""Who may see patient requests: the Intake coordinators group and superusers, nobody else."""

from wagtail.permission_policies import ModelPermissionPolicy

from .models import PatientRequest

INTAKE_GROUP = "Intake coordinators"


class PatientRequestPermissionPolicy(ModelPermissionPolicy):
    """Requests are only ever created by the public forms and deleted by the retention
    command, so nobody, superusers included, adds or deletes them in the admin."""

    def user_has_permission(self, user, action):
        if action in {"add", "delete"}:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action not in {"add", "delete"}]
        return super().users_with_any_permission(actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions)


patient_request_permission_policy = PatientRequestPermissionPolicy(PatientRequest)


def can_see_patient_names(user):
    """Names in the list of requests: for intake coordinators and superusers who may view
    requests. Anyone else given the view permission (an auditor, say) sees references only and
    opens a request to see who it is about, which the audit trail records."""
    if not patient_request_permission_policy.user_has_permission(user, "view"):
        return False
    return user.is_superuser or user.groups.filter(name=INTAKE_GROUP).exists()
