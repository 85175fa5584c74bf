"""The package's folders are its stages, and imports only go down them: a stage may use the
stages below it and itself, never one above (the lazy imports inside functions included)."""

import ast
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "sessionspec"
# Bottom to top. The public modules (sessionspec, .spark, .testing, .types) stand above them all.
STAGES = (
    "_core",
    "_catalog",
    "_settings",
    "_read",
    "_judge",
    "_convert",
    "_session",
    "_faces",
)
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "schemas" not in p.parts)


def stage_of(dotted: str) -> int:
    """The stage of a module named ``sessionspec.<...>``; the public modules are the top."""
    parts = dotted.split(".")
    first = parts[1] if len(parts) > 1 else ""
    return STAGES.index(first) if first in STAGES else len(STAGES)


def dotted_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> list[str]:
    """The modules of the package ``path`` imports, by their full names."""
    here = dotted_name(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            if module == "sessionspec" or module.startswith("sessionspec."):
                names = [f"{module}.{a.name}" for a in node.names] if not node.module else []
                found += names or [module]
        elif isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.startswith("sessionspec")]
    return found


def test_every_module_sits_in_a_stage_or_is_public() -> None:
    public = {
        "sessionspec",
        "sessionspec.__main__",
        "sessionspec.spark",
        "sessionspec.testing",
        "sessionspec.types",
    }
    for path in MODULES:
        name = dotted_name(path)
        assert name in public or name.split(".")[1] in STAGES, name


@pytest.mark.parametrize("path", MODULES, ids=lambda p: dotted_name(p))
def test_imports_only_go_down_the_stages(path: Path) -> None:
    own = stage_of(dotted_name(path))
    for imported in imports_of(path):
        assert stage_of(imported) <= own, f"{dotted_name(path)} imports {imported} from above"


def test_the_test_sees_an_import_from_above() -> None:
    # The check itself must catch what it is for.
    source = PACKAGE / "_core" / "report.py"
    assert stage_of("sessionspec._faces.cli") > stage_of(dotted_name(source))
    assert "sessionspec._core.issues" in imports_of(source)
