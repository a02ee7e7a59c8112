"""Debian's nginx with our recipe (server/nginx-swadaya.conf), on 127.0.0.1, for tests and
the web benchmark.

The recipe's ``server`` block is used as it ships; only its address (``listen``) and its
folder (``root``) are replaced. It runs in the foreground as one process with its own
prefix, pid file, logs and temporary folders under a scratch folder, and is stopped when
the block ends. The access log records the bytes sent for every request.
"""

from __future__ import annotations

import re
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from support.processes import stop
from support.projects import REPO

RECIPE = REPO / "server" / "nginx-swadaya.conf"
NGINX = Path("/usr/sbin/nginx")
#: One line per request: status, bytes sent (headers and body), the request.
#: What the start-up check asks for (left out of the access log's figures).
_PROBE = "__start__"
LOG_FORMAT = "$status $bytes_sent $body_bytes_sent \"$request\""

_MAIN = """daemon off;
master_process off;
worker_processes 1;
pid {scratch}/nginx.pid;
error_log {scratch}/error.log warn;
events {{ worker_connections 256; }}
http {{
    default_type application/octet-stream;
    log_format bytes '{log_format}';
    access_log {scratch}/access.log bytes;
    client_body_temp_path {scratch}/tmp/body;
    proxy_temp_path {scratch}/tmp/proxy;
    fastcgi_temp_path {scratch}/tmp/fastcgi;
    uwsgi_temp_path {scratch}/tmp/uwsgi;
    scgi_temp_path {scratch}/tmp/scgi;
    include {scratch}/swadaya.conf;
}}
"""


def nginx_missing() -> str | None:
    """Why nginx cannot run here, or None."""
    if not NGINX.exists():
        return "Debian's nginx is not installed (apt-get install nginx)"
    return None


def free_port() -> int:
    """A port of 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def recipe_for(site: Path, port: int) -> str:
    """The recipe with its address and folder replaced (and nothing else)."""
    text = RECIPE.read_text("utf-8")
    text = re.sub(r"(?m)^(\s*)listen 80 default_server;$", rf"\1listen 127.0.0.1:{port};",
                  text)
    text = re.sub(r"(?m)^\s*listen \[::\]:80 default_server;\n", "", text)
    text, roots = re.subn(r"(?m)^(\s*)root [^;]+;$", rf"\1root {site};", text)
    assert roots == 1, "the recipe must have one root"
    return text


@dataclass
class Running:
    """A running nginx: its base URL and its access log."""

    base: str
    log: Path

    def sent(self) -> list[tuple[int, int, str]]:
        """(status, bytes sent, request line) of every request so far."""
        rows = []
        for line in self.log.read_text("utf-8").splitlines():
            status, total, _, request = line.split(" ", 3)
            if _PROBE not in request:
                rows.append((int(status), int(total), request.strip('"')))
        return rows


@contextmanager
def nginx(site: Path, scratch: Path, port: int | None = None) -> Iterator[Running]:
    """Serve ``site`` with the recipe until the block ends (on ``port``, or a free one)."""
    scratch.mkdir(parents=True, exist_ok=True)
    (scratch / "tmp").mkdir(exist_ok=True)
    port = port or free_port()
    (scratch / "swadaya.conf").write_text(recipe_for(site.absolute(), port), "utf-8")
    conf = scratch / "nginx.conf"
    conf.write_text(_MAIN.format(scratch=scratch, log_format=LOG_FORMAT), "utf-8")
    log = scratch / "access.log"
    log.touch()
    errors = scratch / "error.log"
    process = subprocess.Popen([str(NGINX), "-e", str(errors), "-p", str(scratch), "-c",
                                str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                urllib.request.urlopen(base + _PROBE, timeout=2).read()
                break
            except urllib.error.HTTPError:
                break  # it answers (404)
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"nginx did not start: {errors.read_text()}") from None
                time.sleep(0.1)
        yield Running(base, log)
    finally:
        stop(process)

