"""The built distribution: the wheel holds the schema and works in a fresh environment."""

import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built the way a release is: sdist first, then the wheel from the sdist."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    return next(out.glob("*.whl"))


def test_wheel_holds_every_published_schema_and_the_type_marker(wheel: Path) -> None:
    published = sorted((ROOT / "schemas").iterdir())
    assert len(published) >= 7
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        for path in published:
            assert archive.read(f"sessionspec/schemas/{path.name}") == path.read_bytes()
    assert "sessionspec/py.typed" in names
    assert "sessionspec/types.py" in names
    assert "sessionspec/_catalog/examples.json" in names  # what `sessionspec example` prints
    assert "sessionspec/_faces/page.html" in names  # the live page of `sessionspec serve`
    licence = next(name for name in names if name.endswith(".dist-info/licenses/LICENSE"))
    with zipfile.ZipFile(wheel) as archive:
        assert archive.read(licence) == (ROOT / "LICENSE").read_bytes()
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA")))
    assert b"\nLicense-Expression: Apache-2.0\n" in metadata
    assert not [name for name in names if name.startswith("tests/")]


def test_installed_wheel_validates_from_a_fresh_environment(wheel: Path, tmp_path: Path) -> None:
    env = tmp_path / "env"
    venv.create(env, with_pip=True)
    bin_dir = env / ("Scripts" if sys.platform == "win32" else "bin")
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)],
        check=True,
        capture_output=True,
    )
    checked = subprocess.run(
        [
            str(bin_dir / "sessionspec"),
            "check",
            str(EXAMPLES / "valid" / "seed-sample.json"),
            str(EXAMPLES / "invalid" / "ts-in-seconds.json"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert checked.returncode == 1, checked.stderr
    assert "SS205 /playerTime/ts" in checked.stdout
    code = (
        "import sessionspec, json, sys; body = json.load(open(sys.argv[1]));"
        "print(bool(sessionspec.validate(body)), sessionspec.__file__)"
    )
    imported = subprocess.run(
        [str(bin_dir / "python"), "-c", code, str(EXAMPLES / "valid" / "quick-start.json")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    example = subprocess.run(
        [str(bin_dir / "sessionspec"), "example", "--batch"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    assert json.loads(example.stdout)[-1]["eventType"] == "sessionEnd"
    verdict, location = imported.stdout.split()
    assert verdict == "True"
    assert Path(location).is_relative_to(env)
