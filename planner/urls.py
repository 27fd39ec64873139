from django.urls import path

from . import views

app_name = "planner"

urlpatterns = [
    path("", views.my_day, name="my_day"),
    path("day.ics", views.day_ics, name="day_ics"),
]
