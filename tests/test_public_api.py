"""The public API is explicit and guarded."""

from __future__ import annotations

import dyad
import dyad.errors


def test_all_is_explicit_and_importable():
    assert sorted(dyad.__all__) == sorted(
        [
            "SCHEMA",
            "Actor",
            "Article",
            "ArticleRecord",
            "DyadError",
            "Event",
            "InputError",
            "Pipeline",
            "Place",
            "Problem",
            "Quote",
            "Settings",
            "Stage",
            "TimeExpr",
            "__version__",
            "extract",
        ]
    )
    for name in dyad.__all__:
        assert hasattr(dyad, name), name


def test_every_error_is_a_dyad_error_with_a_unique_code():
    errors = [getattr(dyad.errors, n) for n in dyad.errors.__all__]
    assert all(issubclass(e, dyad.errors.DyadError) for e in errors)
    codes = [e.code for e in errors]
    assert len(codes) == len(set(codes))
    # the documented tree lists every error
    for e in errors:
        if e is not dyad.errors.DyadError:
            assert e.__name__ in dyad.errors.__doc__


def test_settings_are_declared_once_and_overridable(monkeypatch):
    from dyad.settings import SETTINGS, Settings

    assert len({s.name for s in SETTINGS}) == len(SETTINGS)
    monkeypatch.setenv("DYAD_BATCH_SIZE", "7")
    assert Settings.load().batch_size == 7
    assert Settings.load(batch_size=3).batch_size == 3


def test_the_readme_documents_every_setting_and_every_error_family():
    import re
    from pathlib import Path

    from dyad.settings import SETTINGS

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    for s in SETTINGS:
        assert f"| `{s.name}` |" in readme, f"setting {s.name} is not in the README's table"
    families = set(re.findall(r"`E(\d)xx`", readme))
    for name in dyad.errors.__all__:
        code = getattr(dyad.errors, name).code
        if code != "E000":
            assert code[1] in families, f"{name} ({code}) has no family in the README"


def test_extract_refuses_what_it_cannot_read():
    import pytest

    with pytest.raises(dyad.errors.EmptyInput):
        dyad.extract("   ")
    with pytest.raises(dyad.errors.BadDate):
        dyad.extract("Talks began.", published="the other day")
    with pytest.raises(TypeError):
        dyad.extract(b"Talks began.")


def test_a_bad_setting_is_a_settings_error(monkeypatch):
    import pytest

    from dyad.errors import SettingsError
    from dyad.settings import Settings

    with pytest.raises(SettingsError, match="batch_size must be at least 1"):
        Settings.load(batch_size=0)
    with pytest.raises(SettingsError, match="max_bytes"):
        Settings.load().replace(max_bytes=-1)
    monkeypatch.setenv("DYAD_MAX_BYTES", "5MB")
    with pytest.raises(SettingsError, match="DYAD_MAX_BYTES='5MB' is not a whole number"):
        Settings.load()


def test_a_missing_model_is_a_coded_error():
    import pytest

    from dyad.errors import ModelMissing
    from dyad.nlp import load_nlp

    with pytest.raises(ModelMissing) as err:
        load_nlp("no_such_model_package")
    assert str(err.value).startswith("[E002]")


def test_extract_refuses_a_lone_surrogate_before_any_work():
    import pytest

    with pytest.raises(dyad.errors.EncodingError):
        dyad.extract("Talks \ud800 began.")
