from django.urls import path

from timeline import views

urlpatterns = [
    path("people/<slug:slug>/", views.person_detail, name="person_detail"),
    path("organizations/<slug:slug>/", views.organization_detail, name="organization_detail"),
    path("articles/<int:pk>/", views.article_detail, name="article_detail"),
]
