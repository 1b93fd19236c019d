import io

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

PASSWORD = "a-long-test-passphrase-42"


def setup(**kwargs):
    out = io.StringIO()
    call_command("setup_curators", stdout=out, **kwargs)
    return out.getvalue()


def test_it_creates_the_group_once_and_stays_idempotent(db):
    assert "created" in setup()
    perms = set(Group.objects.get(name="curators").permissions.values_list("codename", flat=True))

    assert "up to date" in setup()

    assert Group.objects.filter(name="curators").count() == 1
    assert set(Group.objects.get(name="curators").permissions.values_list("codename", flat=True)) == perms
    assert {"change_move", "view_evidence", "change_person", "add_personalias", "change_article"} <= perms
    assert {"add_role", "change_role", "delete_role", "view_historicalmove"} <= perms
    assert "add_article" in perms  # "Add article" in the admin runs the ingest
    assert not {"delete_move", "add_move", "change_evidence", "delete_article"} & perms


def test_the_group_has_no_permission_on_users_or_groups(db):
    setup()
    group = Group.objects.get(name="curators")
    assert not group.permissions.filter(content_type__app_label="auth").exists()


def test_it_creates_a_staff_curator_with_the_given_password(db):
    output = setup(user="cora", password=PASSWORD)

    user = User.objects.get(username="cora")
    assert "Created curator 'cora'" in output
    assert user.is_staff and not user.is_superuser
    assert user.check_password(PASSWORD)
    assert list(user.groups.values_list("name", flat=True)) == ["curators"]


def test_it_reads_the_password_from_the_environment(db, monkeypatch):
    monkeypatch.setenv("CURATOR_PASSWORD", PASSWORD)
    setup(user="cora")
    assert User.objects.get(username="cora").check_password(PASSWORD)


def test_it_refuses_to_create_a_user_without_a_password_when_it_cannot_prompt(db, monkeypatch):
    monkeypatch.delenv("CURATOR_PASSWORD", raising=False)
    with pytest.raises(CommandError, match="no password"):
        setup(user="cora")
    assert not User.objects.filter(username="cora").exists()


def test_it_refuses_a_weak_password(db):
    with pytest.raises(CommandError, match="password rejected"):
        setup(user="cora", password="password")


def test_updating_an_existing_user_keeps_their_password_and_adds_the_group(db, monkeypatch):
    monkeypatch.delenv("CURATOR_PASSWORD", raising=False)
    User.objects.create_user("cora", password=PASSWORD)

    assert "Updated curator 'cora'" in setup(user="cora")

    user = User.objects.get(username="cora")
    assert user.is_staff and user.check_password(PASSWORD)
    assert user.groups.filter(name="curators").exists()


def test_a_curator_reaches_the_desk_but_not_the_users(client, db):
    setup(user="cora", password=PASSWORD)
    assert client.login(username="cora", password=PASSWORD)

    index = client.get(reverse("admin:index")).content.decode()

    assert "Moves" in index and "People" in index
    assert "Users" not in index
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403
