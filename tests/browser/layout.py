"""Where things sit on the screen: nothing wider than a phone, and the header mirrored right to left."""

# The elements that stick out past the side the page scrolls to (the end side: right in LTR, left in RTL). A phone
# widens innerWidth to fit content that overflows (it zooms out), so the width to keep to is the root's clientWidth.
_OVERFLOW = """() => {
    const width = document.documentElement.clientWidth;
    const rtl = document.documentElement.dir === "rtl";
    const start = rtl ? window.innerWidth - width : 0;  // Right to left, the screen shows the right of the page.
    const out = [];
    for (const element of document.body.querySelectorAll("*")) {
        const box = element.getBoundingClientRect();
        if (box.width && (rtl ? box.left < start - 1 : box.right > width + 1)) {
            const classes = (element.getAttribute("class") || "").trim().split(/\\s+/).filter(Boolean);
            const name = element.tagName.toLowerCase() + (element.id ? "#" + element.id : "")
                + classes.map((name) => "." + name).join("");
            out.push(`${name} [${Math.round(box.left)}, ${Math.round(box.right)}]`);
        }
    }
    return {scrollWidth: document.scrollingElement.scrollWidth, width, out: out.slice(0, 12)};
}"""


def layout_problems(page, width, direction):
    """What is out of place: overflow past the edge of a phone's screen, the logo on the wrong side for `direction`."""
    problems = []
    if width == "phone":
        overflow = page.evaluate(_OVERFLOW)
        viewport = page.viewport_size["width"]
        if overflow["scrollWidth"] > viewport or overflow["width"] != viewport:
            problems.append(
                f"horizontal overflow: the page is {overflow['scrollWidth']}px wide on a {viewport}px wide screen; "
                "past the edge: " + ", ".join(overflow["out"])
            )
    logo = page.locator(".site-header .site-brand__logo").bounding_box()
    middle = page.viewport_size["width"] / 2
    logo_side = "right" if logo["x"] + logo["width"] / 2 > middle else "left"
    expected_side = "right" if direction == "rtl" else "left"
    if logo_side != expected_side:
        problems.append(f"the header's logo is on the {logo_side}, expected on the {expected_side}")
    return problems
