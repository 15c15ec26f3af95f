"""axe-core (from npm, node_modules/axe-core) run in the page, and its violations written out for a person to fix."""

import functools

from tests.browser.chromium import AXE_JS

BLOCKING_IMPACTS = ("serious", "critical")

_RUN = """async () => {
    const results = await axe.run(document, {resultTypes: ["violations"]});
    return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        helpUrl: violation.helpUrl,
        nodes: violation.nodes.map((node) => ({target: node.target, html: node.html, summary: node.failureSummary})),
    }));
}"""


@functools.cache
def _axe_source():
    """axe-core's 550 KB, read once per process rather than once per page."""
    return AXE_JS.read_text(encoding="utf-8") + "\n;undefined"


def axe_violations(page, impacts=BLOCKING_IMPACTS):
    """The violations axe-core finds in the page as it is now, keeping those of the given impacts."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # Evaluated, not added as a <script>: the site's Content-Security-Policy rightly refuses inline scripts.
        page.evaluate(_axe_source())
    return [violation for violation in page.evaluate(_RUN) if violation["impact"] in impacts]


def describe(violations):
    """One block per rule: its impact and help, then each element with its selector, markup and what fails."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} <{violation['helpUrl']}>")
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"  - {target}\n      {node['html'][:300]}")
            summary = " ".join((node["summary"] or "").split())
            if summary:
                lines.append(f"      {summary[:500]}")
    return "\n".join(lines)
