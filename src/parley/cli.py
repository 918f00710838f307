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
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: a readable summary; json: the full record (the JSON contract in the README).",
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
    if fmt == "json":
        click.echo(record.to_json())
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


def main() -> None:
    try:
        cli(standalone_mode=True)
    except ParleyError as err:  # raised outside a command (e.g. while loading rules)
        _fail(err)


if __name__ == "__main__":
    main()
