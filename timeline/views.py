from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from timeline.models import Article, Organization, Person


@require_GET
def person_detail(request, slug):
    person = get_object_or_404(Person, slug=slug)
    return render(request, "timeline/person_detail.html", {"person": person})


@require_GET
def organization_detail(request, slug):
    organization = get_object_or_404(Organization, slug=slug)
    return render(request, "timeline/organization_detail.html", {"organization": organization})


@require_GET
def article_detail(request, pk):
    article = get_object_or_404(Article, pk=pk)
    return render(request, "timeline/article_detail.html", {"article": article})
