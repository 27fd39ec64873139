from django.urls import path

from . import views

urlpatterns = [
    path("enquiry/<int:page_id>/", views.enquiry_form, name="enquiry_form"),
    path("enquiry/<int:page_id>/thanks/", views.thanks, name="enquiry_thanks"),
]
