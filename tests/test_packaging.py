"""Version, licence and typing markers a user or a packager looks for."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import eventcoder

ROOT = Path(__file__).resolve().parent.parent


def _pyproject_version() -> str:
    match = re.search(r'^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"), flags=re.M)
    assert match, "pyproject.toml has no version"
    return match.group(1)


def test_the_version_has_one_source():
    assert eventcoder.__version__ == _pyproject_version()
    # No second copy of the version string in the package.
    assert f'"{_pyproject_version()}"' not in (ROOT / "eventcoder" / "__init__.py").read_text(encoding="utf-8")


def test_the_command_line_prints_its_version():
    result = subprocess.run([sys.executable, "-m", "eventcoder.cli", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0
    assert result.stdout.strip() == f"eventcoder {_pyproject_version()}"


def test_licence_changelog_and_typing_marker_are_there():
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "MIT" in licence and "CC BY-NC-SA 4.0" in licence  # the model's licence is named too
    assert f"## {_pyproject_version()}" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert (ROOT / "eventcoder" / "py.typed").exists()
    assert '"py.typed"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_the_readme_python_example_runs_as_written(capsys, monkeypatch):
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    code = text.split("## Use it from Python", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(ROOT)
    exec(compile(code, "README.md", "exec"), {})  # noqa: S102 - the project's own README example
    out = capsys.readouterr().out.splitlines()
    expected = re.search(r"# first: (.+)$", code, flags=re.M).group(1).strip()
    assert out[0] == expected
