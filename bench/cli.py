"""What every benchmark's command line shares: the size of the generated site, and where its figures go."""

import argparse
import json
from pathlib import Path


def argument_parser(description, pages):
    """A parser with `--pages` (the site's size, `pages` by default) and `--json`; a benchmark adds its own."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=pages, help=f"pages to generate (default {pages})")
    parser.add_argument("--json", help="also write the figures to this file")
    return parser


def report(results, json_path=None):
    """Print the figures, and write them to `json_path` as well when one was given."""
    text = json.dumps(results, indent=2, ensure_ascii=False)
    print(text)
    if json_path:
        Path(json_path).write_text(text + "\n", encoding="utf-8")
