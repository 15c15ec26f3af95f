"""Seed benchmark: the CPU time of `manage.py seed_demo` (the whole demo in seven languages) on a fresh SQLite database.

    .venv/bin/python bench/seed.py --runs 3
    .venv/bin/python bench/seed.py --runs 3 --against 299e8f3 --json out.json

Each checkout's database is migrated once into a template; every run copies the template and its empty media folder,
runs `manage.py seed_demo` (development settings, as a developer would) and reads the process's user + system CPU
time from the operating system (wall time is reported too, but on a shared machine only CPU time means much). With
`--against <git ref>` the same runs are made on that commit (a temporary git worktree), alternating with this
checkout's, so the load on the machine weighs on both alike. Every run must build the whole demo: the command must
succeed and report 112 translated pages.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.cli import checkouts_to_compare, machine_load, report  # noqa: E402 - run as a script, from any folder

EXPECTED = "112 pages translated"


class Checkout:
    def __init__(self, tree, workdir):
        self.tree, self.workdir = tree, workdir
        self.template = workdir / "template.sqlite3"
        self.runs = []

    def env(self, database):
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "DATABASE_URL": f"sqlite:///{database}",
            "MEDIA_ROOT": str(self.workdir / "media"),
        }

    def migrate(self):
        self.workdir.mkdir(parents=True)
        command = [sys.executable, "manage.py", "migrate", "--verbosity", "0"]
        subprocess.run(command, cwd=self.tree, env=self.env(self.template), check=True)

    def seed(self):
        """One run on a fresh copy of the migrated database: {cpu_s, wall_s}."""
        database = self.workdir / "run.sqlite3"
        for stale in self.workdir.glob("run.sqlite3*"):
            stale.unlink()
        shutil.rmtree(self.workdir / "media", ignore_errors=True)
        shutil.copyfile(self.template, database)
        started = time.monotonic()
        process = subprocess.Popen(
            [sys.executable, "manage.py", "seed_demo"],
            cwd=self.tree,
            env=self.env(database),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        output = process.stdout.read()
        _pid, status, usage = os.wait4(process.pid, 0)
        wall = time.monotonic() - started
        if os.waitstatus_to_exitcode(status) != 0 or EXPECTED not in output:
            raise SystemExit(f"seed_demo did not build the whole demo in {self.tree}:\n{output}")
        run = {"cpu_s": round(usage.ru_utime + usage.ru_stime, 2), "wall_s": round(wall, 1)}
        self.runs.append(run)
        return run

    def figures(self):
        cpu = [run["cpu_s"] for run in self.runs]
        return {"cpu_s_median": round(statistics.median(cpu), 2), "cpu_s_min": min(cpu), "runs": self.runs}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--runs", type=int, default=3, help="seed_demo runs per checkout (default 3)")
    parser.add_argument("--against", help="a git ref to measure the same way, for a ratio")
    args = parser.parse_args()

    results = {"machine": machine_load()}
    with checkouts_to_compare("seed-bench-", args.against, Checkout) as checkouts:
        for checkout in checkouts:
            checkout.migrate()
        for _ in range(args.runs):
            for checkout in checkouts:
                checkout.seed()
    results["this"] = checkouts[0].figures()
    if args.against:
        results["against"] = {"ref": args.against, **checkouts[1].figures()}
        results["cpu_ratio"] = round(results["this"]["cpu_s_median"] / results["against"]["cpu_s_median"], 2)
    results["machine"] += f", {os.getloadavg()[0]:.1f} at the end"
    report(results, args.json)


if __name__ == "__main__":
    main()
