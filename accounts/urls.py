from django.urls import path

from . import views

urlpatterns = [
    path("", views.overview, name="accounts_two_factor"),
    path("verify/", views.verify, name="accounts_two_factor_verify"),
    path("enrol/", views.enrol, name="accounts_two_factor_enrol"),
]
