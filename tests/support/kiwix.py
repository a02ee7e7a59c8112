"""Serving a ZIM with Debian's kiwix-serve on 127.0.0.1, stopped when the test is done."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from support.processes import stop

#: How long kiwix-serve may take to answer before the test gives up.
START_TIMEOUT = 15.0


def need(tool: str) -> str:
    """The path of a Debian tool; skip without it, unless CI requires it."""
    path = shutil.which(tool)
    if path is None:
        if os.environ.get("SWADAYA_REQUIRE_BROWSER") == "1":
            pytest.fail(f"SWADAYA_REQUIRE_BROWSER=1 but {tool} is missing (apt-get install "
                        "zim-tools kiwix-tools)")
        pytest.skip(f"{tool} is not installed")
    return path


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def kiwix_serve(zim: Path) -> Iterator[str]:
    """Serve ``zim``; yields the base URL of its content (``http://127.0.0.1:P/NAME/``)."""
    port = _free_port()
    process = subprocess.Popen([need("kiwix-serve"), "-i", "127.0.0.1", "-p", str(port), "-n",
                                str(zim)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                urllib.request.urlopen(base + "/", timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("kiwix-serve did not start") from None
                time.sleep(0.2)
        yield f"{base}/{zim.stem}/"
    finally:
        stop(process)
