from django.urls import path

from . import views

urlpatterns = [
    path("report/<int:page_id>/", views.report_form, name="feedback_report"),
    path("report/<int:page_id>/thanks/", views.thanks, name="feedback_thanks"),
]
