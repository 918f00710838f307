"""The `parley` command: each subcommand is a few lines over one library call."""

from __future__ import annotations

import sys

import click

from parley.errors import ParleyError
from parley.read import DEFAULT_MAX_BYTES


def _fail(err: ParleyError) -> None:
    click.echo(f"parley: error: {err}", err=True)
    sys.exit(err.exit_code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="parley")
def cli() -> None:
    """parley reads news about negotiations and conflicts and turns it into a sourced record."""


@cli.command()
@click.argument("path")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "plover-jsonl"]),
    default="text",
    show_default=True,
    help="text: a readable summary; json: the full record (the JSON contract in the README); "
    "plover-jsonl: the events as PLOVER records, one a line.",
)
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date; overrides what the page says.")
@click.option(
    "--no-clean", is_flag=True, help="Take the input as the body, verbatim: offsets index the file."
)
@click.option(
    "--model", metavar="NAME", help="An installed spaCy pipeline (name or path) to use instead of parley's."
)
@click.option(
    "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True, help="Refuse larger files."
)
def extract(
    path: str, fmt: str, published: str | None, no_clean: bool, model: str | None, max_bytes: int
) -> None:
    """Extract the sourced record of one article (a .txt or .html file, or - for stdin).

    \b
    Example:
      parley extract examples/sample_article.txt --published 2025-06-12
      parley extract page.html --format json > record.json
      parley extract report.txt --format plover-jsonl >> events.jsonl
    """
    from parley.extract import extract_document
    from parley.read import read
    from parley.render import render_record

    try:
        record = extract_document(
            read(path, max_bytes=max_bytes), published, do_clean=not no_clean, model=model
        )
    except ParleyError as err:
        _fail(err)
        return
    for problem in record.errors:  # the record is still printed, with that stage's fields empty
        click.echo(f"parley: warning: a stage failed: {problem}", err=True)
    if fmt == "json":
        click.echo(record.to_json())
    elif fmt == "plover-jsonl":
        from parley.events.plover import to_jsonl

        click.echo(to_jsonl(record), nl=False)
    else:
        render_record(record)


@cli.command()
@click.argument("folders", nargs=-1, required=True)
@click.option("--model", metavar="NAME", help="An installed spaCy pipeline to use instead of parley's.")
def evaluate(folders: tuple[str, ...], model: str | None) -> None:
    """Score parley against gold articles (NAME.gold.json beside each article) and print P/R/F1.

    \b
    Example:
      parley evaluate tests/data/articles/dev
    """
    from pathlib import Path

    from parley.evaluation import score_folder
    from parley.extract import extract_document

    scores = score_folder(
        [Path(f) for f in folders], lambda doc, published: extract_document(doc, published, model=model)
    )
    click.echo(scores.report())


# -- the corpus: ingest, then query and export the store -----------------------------------------------

_FORMATS = click.Choice(["table", "json", "csv"])


def _store_options(f):  # noqa: ANN001, ANN202  (a click decorator)
    f = click.option(
        "--limit", type=int, default=100, show_default=True, help="At most this many rows (0: all)."
    )(f)
    f = click.option(
        "--format", "fmt", type=_FORMATS, default="table", show_default=True, help="Output format."
    )(f)
    return click.option(
        "--db",
        default="parley.db",
        show_default=True,
        metavar="PATH|DSN",
        help="The store: a SQLite file, or postgresql://user@host/dbname.",
    )(f)


def _query(db: str, fmt: str, columns: list[str], run) -> None:  # noqa: ANN001
    from parley.store import open_store
    from parley.store.output import render

    try:
        with open_store(db, create=False) as store:
            render(run(store), fmt, columns)
    except ParleyError as err:
        _fail(err)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--db",
    default="parley.db",
    show_default=True,
    metavar="PATH|DSN",
    help="The store: a SQLite file (created if missing), or postgresql://user@host/dbname.",
)
@click.option("--workers", type=int, help="Extraction processes (default: one per core).")
@click.option("--no-progress", is_flag=True, help="No progress bar (logs, CI).")
@click.option("--model", metavar="NAME", help="An installed spaCy pipeline to use instead of parley's.")
@click.option(
    "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True, help="Skip larger documents."
)
def ingest(
    paths: tuple[str, ...], db: str, workers: int | None, no_progress: bool, model: str | None, max_bytes: int
) -> None:
    """Ingest articles into a store: folders (recursively), .txt and .html files, JSONL dumps
    (`text` or `html`, with `url`, `published`, `site`), WARC and WARC.gz archives.

    Re-running adds only what is new; a killed run resumes where it stopped. Documents that fail are
    recorded in the store's `failures` table and the rest go on.

    \b
    Example:
      parley ingest scraped/ dump.jsonl crawl.warc.gz --db parley.db
      parley ingest scraped/ --db postgresql://localhost/parley --workers 8
    """
    from parley.ingest import ingest as run_ingest

    try:
        report = run_ingest(
            list(paths), db, workers=workers, progress=not no_progress, max_bytes=max_bytes, model=model
        )
    except ParleyError as err:
        _fail(err)
        return
    except KeyboardInterrupt:
        click.echo("parley: interrupted; run the same command again to resume", err=True)
        sys.exit(130)
    click.echo(report.summary(), err=True)


@cli.command()
@click.option("--speaker", help='A name or alias: Peskov, "Dmitry Peskov", "the Kremlin".')
@click.option("--since", metavar="DATE", help="First reported on or after (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--until", metavar="DATE", help="First reported on or before.")
@click.option("--contains", metavar="WORDS", help="Words in the quote (full-text search).")
@_store_options
def quotes(
    speaker: str | None,
    since: str | None,
    until: str | None,
    contains: str | None,
    db: str,
    fmt: str,
    limit: int,
) -> None:
    """Quotes merged across outlets, newest first, each with every outlet that reported it.

    \b
    Example:
      parley quotes --speaker Peskov --since 2025-05-01 --contains memorandum
    """
    from parley.store.output import QUOTE_COLUMNS

    _query(db, fmt, QUOTE_COLUMNS, lambda st: st.quotes(speaker, since, until, contains, limit or None))


@cli.command()
@click.option("--type", "type_", metavar="TYPE", help="PLOVER event type: CONSULT, AGREE, REQUEST ...")
@click.option("--actor", help="A name or alias among the event's actors: Russia, Zelensky.")
@click.option("--since", metavar="DATE", help="On or after (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--until", metavar="DATE", help="On or before.")
@_store_options
def events(
    type_: str | None, actor: str | None, since: str | None, until: str | None, db: str, fmt: str, limit: int
) -> None:
    """Events merged across outlets, in date order, with every date and place the outlets gave.

    \b
    Example:
      parley events --type CONSULT --actor Russia
    """
    from parley.store.output import EVENT_COLUMNS

    _query(db, fmt, EVENT_COLUMNS, lambda st: st.events(type_, actor, since, until, limit or None))


@cli.command()
@click.option("--role", help='Words of a role: "foreign minister", envoy.')
@click.option("--name", help="A name or alias.")
@click.option("--type", "type_", metavar="TYPE", help="PERSON, ORG, COUNTRY, PLACE or GROUP.")
@_store_options
def entities(role: str | None, name: str | None, type_: str | None, db: str, fmt: str, limit: int) -> None:
    """People, organisations and places across the corpus, with aliases and the roles seen (and when).

    \b
    Example:
      parley entities --role "foreign minister"
    """
    from parley.store.output import ENTITY_COLUMNS

    _query(db, fmt, ENTITY_COLUMNS, lambda st: st.entities(role, name, type_, limit or None))


@cli.command()
@click.option("--since", metavar="DATE", help="On or after (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--until", metavar="DATE", help="On or before.")
@_store_options
def timeline(since: str | None, until: str | None, db: str, fmt: str, limit: int) -> None:
    """What happened and who said what, in date order, with how many outlets reported each.

    \b
    Example:
      parley timeline --since 2025-05-01 --format csv > timeline.csv
    """
    from parley.store.output import TIMELINE_COLUMNS

    _query(db, fmt, TIMELINE_COLUMNS, lambda st: st.timeline(since, until, limit or None))


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["plover-jsonl", "csv", "parquet", "gdelt-tsv"]),
    required=True,
    help="plover-jsonl, gdelt-tsv: one row per merged event; csv, parquet: every table.",
)
@click.option(
    "--output",
    "-o",
    metavar="PATH",
    help="A file (- for stdout, the default) for plover-jsonl and gdelt-tsv; a folder for csv and "
    "parquet (default parley-csv/ or parley-parquet/).",
)
@click.option("--db", default="parley.db", show_default=True, metavar="PATH|DSN", help="The store.")
def export(fmt: str, output: str | None, db: str) -> None:
    """Export the store: events as PLOVER JSONL or GDELT 2.0 event rows, or every table as CSV or Parquet.

    \b
    Example:
      parley export --format plover-jsonl -o events.jsonl
      parley export --format parquet -o corpus/
    """
    from parley.store import open_store

    target = output or ("-" if fmt in ("plover-jsonl", "gdelt-tsv") else f"parley-{fmt}")
    try:
        with open_store(db, create=False) as store:
            n = store.export(fmt, target)
    except ParleyError as err:
        _fail(err)
        return
    click.echo(f"{n:,} rows exported", err=True)


def main() -> None:
    try:
        cli(standalone_mode=True)
    except ParleyError as err:  # raised outside a command (e.g. while loading rules)
        _fail(err)


if __name__ == "__main__":
    main()
