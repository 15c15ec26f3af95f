"""What every benchmark's command line shares: the size of the generated site, and where its figures go."""

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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


def machine_load():
    """The machine's CPUs and load average, printed beside the figures: a shared machine's timings need it."""
    return f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f} at the start"


@contextlib.contextmanager
def checkouts_to_compare(prefix, against, make_checkout):
    """[this tree's checkout, and `against`'s (a git ref) in a temporary worktree when given], each made by
    `make_checkout(tree, scratch_folder)`; the worktree and the scratch folders are removed afterwards."""
    workdir = Path(tempfile.mkdtemp(prefix=prefix))
    other_tree = workdir / "against" if against else None
    try:
        checkouts = [make_checkout(ROOT, workdir / "this")]
        if other_tree is not None:
            subprocess.run(["git", "worktree", "add", "--detach", str(other_tree), against], cwd=ROOT, check=True)
            checkouts.append(make_checkout(other_tree, workdir / "other"))
        yield checkouts
    finally:
        if other_tree is not None:
            subprocess.run(["git", "worktree", "remove", "--force", str(other_tree)], cwd=ROOT, check=False)
        shutil.rmtree(workdir, ignore_errors=True)
