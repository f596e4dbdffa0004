"""The models package loads its modules on demand and exports every model of every module."""

from __future__ import annotations

import importlib
import inspect
import json
import subprocess
import sys
from pathlib import Path

import pytest

import app.models
from app.models import MODULES, Base, load_all

ROOT = Path(__file__).resolve().parents[2]


def test_every_model_of_every_module_is_exported_from_its_module() -> None:
    load_all()
    for module_name, names in MODULES.items():
        module = importlib.import_module(f"app.models.{module_name}")
        defined = {
            name
            for name, value in vars(module).items()
            if inspect.isclass(value)
            and issubclass(value, Base)
            and value.__module__ == module.__name__
        }
        assert defined == set(names), module_name
        for name in names:
            assert getattr(app.models, name) is getattr(module, name)
    assert sorted(app.models.__all__) == sorted(
        [name for names in MODULES.values() for name in names] + ["load_all"]
    )


def test_every_table_is_registered_after_load_all() -> None:
    load_all()
    tables = set(Base.metadata.tables)
    mapped = {mapper.local_table.name for mapper in Base.registry.mappers}
    assert tables == mapped
    assert {"site", "placement", "teacher", "indicator_score"} <= tables


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        app.models.NoSuchModel  # noqa: B018
    with pytest.raises(ImportError):
        exec("from app.models import NoSuchModel")


CHECK = """
import json, sys
import app.models.enums
light = sorted(m for m in sys.modules if m.startswith(("sqlalchemy", "app.models.")))
from app.models import Site
site = sorted(m for m in sys.modules if m.startswith("app.models."))
print(json.dumps({"enums": light, "site": site}))
"""


def test_a_model_imports_only_its_own_module() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHECK], cwd=ROOT, capture_output=True, text=True, check=True
    )
    loaded = json.loads(result.stdout)
    assert loaded["enums"] == ["app.models.enums"]  # no SQLAlchemy for the enums
    assert loaded["site"] == ["app.models.base", "app.models.enums", "app.models.site"]
