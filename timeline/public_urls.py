from django.urls import path, register_converter

from timeline import feeds, views, views_directory


class DataFormat:
    """The suffix of a chart's data twin: .json or .csv."""

    regex = "json|csv"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(DataFormat, "fmt")

urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views_directory.search_view, name="search"),
    # Directories, the explorer's twins and name suggestions (timeline/views_directory.py).
    path("people/", views_directory.directory, {"kind": "people"}, name="people_directory"),
    path("people.<fmt:fmt>", views_directory.directory_data, {"kind": "people"}, name="people_directory_data"),
    path("organizations/", views_directory.directory, {"kind": "organizations"}, name="organizations_directory"),
    path(
        "organizations.<fmt:fmt>",
        views_directory.directory_data,
        {"kind": "organizations"},
        name="organizations_directory_data",
    ),
    path("articles/", views_directory.directory, {"kind": "articles"}, name="articles_directory"),
    path("articles.<fmt:fmt>", views_directory.directory_data, {"kind": "articles"}, name="articles_directory_data"),
    path("moves.<fmt:fmt>", views_directory.moves_data, name="moves_data"),
    path("names/people/", views_directory.names, {"kind": "people"}, name="names_people"),
    path("names/organizations/", views_directory.names, {"kind": "organizations"}, name="names_organizations"),
    path("people/<slug:slug>/", views.person_detail, name="person_detail"),
    path("people/<slug:slug>/timeline.<fmt:fmt>", views.person_data, name="person_data"),
    path("organizations/<slug:slug>/", views.organization_detail, name="organization_detail"),
    path("organizations/<slug:slug>/flow.<fmt:fmt>", views.organization_data, {"chart": "flow"}, name="flow_data"),
    path(
        "organizations/<slug:slug>/sankey.<fmt:fmt>", views.organization_data, {"chart": "sankey"}, name="sankey_data"
    ),
    path("articles/<int:pk>/", views.article_detail, name="article_detail"),
    path("moves/", views.move_list, name="move_list"),
    path("flows/", views.flows, name="flows"),
    path("flows.<fmt:fmt>", views.flows_data, name="flows_data"),
    path("embed/people/<slug:slug>/", views.embed_person, name="embed_person"),
    path("embed/organizations/<slug:slug>/", views.embed_organization, name="embed_organization"),
    path("embed/flows/", views.embed_flows, name="embed_flows"),
    path("feeds/moves/", feeds.MovesFeed(), name="moves_feed"),
    path("feeds/organizations/<slug:slug>/", feeds.OrganizationMovesFeed(), name="organization_feed"),
]
