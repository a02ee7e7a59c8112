"""The ``swadaya`` command line: argument parsing and dispatch only."""

from __future__ import annotations

import argparse
import functools
import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from swadaya.diagnostics import LANG_ENV, LANGUAGES
from swadaya.project import ProjectNotFound, find_project


def _parser() -> argparse.ArgumentParser:
    # --lang is accepted before or after the verb: 'swadaya --lang en check' or
    # 'swadaya check --lang en' (SUPPRESS keeps a verb's absent option from hiding the first)
    lang = argparse.ArgumentParser(add_help=False)
    lang.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                      help=f"language of messages: id (default) or en; also ${LANG_ENV}")
    parser = argparse.ArgumentParser(
        prog="swadaya", description="Check and build the Swadaya training content.",
        parents=[lang])
    parser.add_argument("--project", type=Path, default=None,
                        help="project folder (default: found from the current folder)")
    verbs = parser.add_subparsers(dest="verb", required=True)
    verb = functools.partial(verbs.add_parser, parents=[lang])
    check = verb("check", help="check all content; exit 1 on errors")
    check.add_argument("paths", nargs="*", type=Path,
                       help="only report problems in these files or folders")
    check.add_argument("--strict", action="store_true", help="treat warnings as errors")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument("--watch", action="store_true",
                       help="keep running: check again each time a content file is saved "
                            "(Ctrl+C stops)")
    check.add_argument("--price-age", type=int, default=365, metavar="DAYS",
                       help="guide prices older than this are a warning (default 365)")
    verb("schema", help="print the JSON Schema of module front matter")
    new = verb("new", help="scaffold a module with the next free id")
    new.add_argument("area", help="area id, e.g. pengorganisasian")
    new.add_argument("title", help="module title")
    handbook = verb("handbook", help="render handbooks (content/buku/*.yml) as PDF")
    handbook.add_argument("names", nargs="*", help="handbook names (file stems)")
    handbook.add_argument("--all", action="store_true", help="every handbook")
    handbook.add_argument("--out", type=Path, default=None, help="output folder "
                          "(default: build/unduh)")
    plan = verb("plan", help="render a one-page session plan as PDF")
    plan.add_argument("module", help="module id, e.g. ORG-01")
    plan.add_argument("--start", default="08:30", help="start time (default 08:30)")
    plan.add_argument("--out", type=Path, default=None)
    cost = verb("cost", help="print a guide's costed bill of materials")
    cost.add_argument("guide", help="guide id, e.g. TTG-06")
    cost.add_argument("--prices", default=None,
                      help="regional price list: a name in content/harga/ or a YAML file")
    card = verb("card", help="render a guide's two-page A4 card as PDF")
    card.add_argument("guides", nargs="+", help="guide ids, e.g. TTG-06")
    card.add_argument("--out", type=Path, default=None)
    workshop = verb("workshop", help="render workshop agendas, materials lists "
                    "and attendance sheets (content/lokakarya/*.yml) as PDF")
    workshop.add_argument("names", nargs="+", help="workshop names (file stems)")
    workshop.add_argument("--out", type=Path, default=None)
    forms = verb("forms", help="render the monitoring forms and the record "
                 "books of competencies as PDF")
    forms.add_argument("--out", type=Path, default=None)
    pdf = verb("pdf", help="render every PDF (handbooks, plans, workshops, cards, forms)")
    pdf.add_argument("--all", action="store_true", required=True)
    pdf.add_argument("--out", type=Path, default=None)
    epub = verb("epub", help="render handbooks (content/buku/*.yml) as EPUB 3")
    epub.add_argument("names", nargs="*", help="handbook names (file stems)")
    epub.add_argument("--all", action="store_true", help="every handbook")
    epub.add_argument("--out", type=Path, default=None, help="output folder "
                      "(default: build/unduh)")
    zim = verb("zim", help="pack the whole site as a ZIM file for Kiwix")
    zim.add_argument("--out", type=Path, default=None, help="output folder "
                     "(default: build/unduh)")
    build = verb("build", help="build the site atomically into site/")
    build.add_argument("--site", type=Path, default=None, help="output folder (default: site/)")
    build.add_argument("--no-strict", action="store_true", help="let warnings pass")
    build.add_argument("--no-pdf", action="store_true", help="skip the PDFs (faster preview)")
    build.add_argument("--no-zim", action="store_true", help="skip the ZIM (faster preview)")
    return parser


@contextmanager
def _language(choice: str | None) -> Iterator[None]:
    """Messages in ``choice`` for this run, for our code and the MkDocs build it starts
    (through ``$SWADAYA_LANG``); the environment is restored afterwards."""
    before = os.environ.get(LANG_ENV)
    if choice:
        os.environ[LANG_ENV] = choice
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(LANG_ENV, None)
        else:
            os.environ[LANG_ENV] = before


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    args = _parser().parse_args(argv)
    with _language(getattr(args, "lang", None)):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    try:
        project = find_project(args.project)
    except ProjectNotFound as exc:
        print(f"swadaya: {exc}", file=sys.stderr)
        return 2
    if args.verb == "check":
        # a check is short and makes tens of thousands of small objects, few of them in
        # cycles: the cyclic collector's passes cost a quarter of a check of 1,000 modules
        gc.set_threshold(200_000, 50, 100)
        from swadaya.commands.check import run_check, watch_check
        if args.watch:
            return watch_check(project, args.paths, args.strict, args.format,
                               price_age_days=args.price_age)
        return run_check(project, args.paths, args.strict, args.format,
                         price_age_days=args.price_age)
    if args.verb == "schema":
        from swadaya.commands.schema import run_schema
        return run_schema(project)
    if args.verb == "new":
        from swadaya.commands.new import ScaffoldError, scaffold
        try:
            path = scaffold(project, args.area, args.title)
        except ScaffoldError as exc:
            print(f"swadaya new: {exc}", file=sys.stderr)
            return 2
        print(f"swadaya new: wrote {path}")
        return 0
    if args.verb == "cost":
        from swadaya.commands.cost import run_cost
        return run_cost(project, args.guide, args.prices)
    if args.verb in ("handbook", "plan", "pdf", "workshop", "card", "forms"):
        from swadaya.commands import pdf as pdf_command
        if args.verb == "forms":
            return pdf_command.run_forms(project, args.out)
        if args.verb == "handbook":
            return pdf_command.run_handbook(project, args.names, args.all, args.out)
        if args.verb == "card":
            return pdf_command.run_card(project, args.guides, args.out)
        if args.verb == "workshop":
            return pdf_command.run_workshop(project, args.names, args.out)
        if args.verb == "plan":
            return pdf_command.run_plan(project, args.module, args.start, args.out)
        return pdf_command.run_all(project, args.out)
    if args.verb == "epub":
        from swadaya.commands.epub import run_epub
        return run_epub(project, args.names, args.all, args.out)
    if args.verb == "zim":
        from swadaya.commands.zim import run_zim
        return run_zim(project, out=args.out)
    from swadaya.commands.build import run_build
    return run_build(project, args.site or project.root / "site", strict=not args.no_strict,
                     pdf=not args.no_pdf, zim=not args.no_zim)


if __name__ == "__main__":
    sys.exit(main())
