"""The GitHub Pages workflow cannot run here; what can be checked is that it builds and
tests with the commands ``make`` runs (no build logic of its own), publishes the folder
``make site`` writes, and gives the build the Pages address in the variable mkdocs.yml
reads."""

from __future__ import annotations

import re
import shutil
import subprocess
from typing import Any

import pytest
import yaml

from support.projects import REPO

WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def _steps(workflow: dict[Any, Any], job: str) -> list[dict[str, Any]]:
    return list(workflow["jobs"][job]["steps"])


def _runs(workflow: dict[Any, Any]) -> list[str]:
    return [s["run"].strip() for job in workflow["jobs"] for s in _steps(workflow, job)
            if "run" in s]


def test_runs_on_push_to_main_and_publishes(workflow: dict[Any, Any]) -> None:
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads "on" as true
    assert triggers["push"]["branches"] == ["main"]
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    deploy = _steps(workflow, "deploy")
    assert [s["uses"] for s in deploy] == ["actions/deploy-pages@v4"]
    assert workflow["jobs"]["deploy"]["needs"] == "build"
    for job in workflow["jobs"]:
        for step in _steps(workflow, job):
            if "uses" in step:  # actions pinned to a major version
                assert re.fullmatch(r"actions/[a-z-]+@v\d+", step["uses"]), step["uses"]


def test_build_commands_are_make_targets(workflow: dict[Any, Any]) -> None:
    runs = _runs(workflow)
    setup, *commands = runs
    assert setup.startswith("apt-get update") and "make" not in setup.split("install")[0]
    assert commands == [".ci/run", "make site"]
    ci = (REPO / ".ci" / "run").read_text("utf-8").strip().splitlines()
    assert ci[-1] == "make test"  # .ci/run installs Debian packages, then the README's test
    makefile = (REPO / "Makefile").read_text("utf-8")
    for target in ("site", "test"):
        assert re.search(rf"(?m)^{target}:", makefile), target


def test_make_site_is_the_build_which_checks_first() -> None:
    """`make site` runs `swadaya build`, which checks the content first (as `make check`
    does; tests/integration/test_site_build.py shows it stops before any PDF)."""
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    # -n: print what make would run, run nothing
    dry = subprocess.run([make, "-n", "-C", str(REPO), "site"], capture_output=True,
                         text=True, check=True).stdout.splitlines()
    ours = [line for line in dry if "swadaya " in line]
    assert ours == [".venv/bin/swadaya build"]


def test_publishes_what_make_site_writes_for_the_pages_address(
        workflow: dict[Any, Any]) -> None:
    steps = _steps(workflow, "build")
    build = next(s for s in steps if s.get("run") == "make site")
    upload = next(s for s in steps if s.get("uses", "").startswith(
        "actions/upload-pages-artifact"))
    config = (REPO / "mkdocs.yml").read_text("utf-8")
    site_dir = re.search(r"(?m)^site_dir: (\S+)$", config)
    assert site_dir and upload["with"]["path"] == site_dir[1] == "site"
    variable = re.search(r"(?m)^site_url: !ENV \[(\w+)\]$", config)
    assert variable, "mkdocs.yml reads site_url from the environment"
    assert build["env"] == {variable[1]: "${{ steps.pages.outputs.base_url }}"}
    configure = steps.index(next(s for s in steps if s.get("id") == "pages"))
    assert steps.index(build) > configure
