from django.forms.renderers import TemplatesSetting


class FormRenderer(TemplatesSetting):
    """Renders every form with our accessible markup (label, hint, error, field)."""

    form_template_name = "formular/form.html"
    field_template_name = "formular/field.html"
