"""PDF guides, reports and slides (fpdf2) and Word templates (python-docx), rendered from the same texts as pages.

``render_document(spec)`` takes a document spec from ``demo.texts`` and returns ``(extension, bytes)``.
PDFs use the built-in Helvetica, so nothing depends on fonts installed on the machine.
"""

import re
from html.parser import HTMLParser
from io import BytesIO

import docx
from docx.enum.text import WD_COLOR_INDEX
from fpdf import FPDF
from fpdf.fonts import FontFace

AUTHOR = "WSIS Gender Caucus"
TEAL, INK, GREY = (32, 93, 99), (33, 37, 41), (110, 117, 125)
PLACEHOLDER = re.compile(r"(\[[^\]]+\])")
LATIN1 = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "...", "•": "·"})


def render_document(spec):
    """``(extension, content)`` for a document spec: format "pdf", "slides", "docx", or a book with chapters."""
    if spec["format"] == "docx":
        return "docx", render_docx(spec)
    if spec["format"] == "slides":
        return "pdf", render_slides(spec)
    if spec.get("chapters"):
        return "pdf", render_book(spec)
    return "pdf", render_pdf(spec)


# Rich text → paragraphs of runs ---------------------------------------------------------------------------------


class _RichTextParser(HTMLParser):
    """Turns the small HTML subset of page bodies into items: {"kind", "number", "runs": [(text, bold, italic)]}."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.items, self.lists, self.current = [], [], None
        self.bold = self.italic = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("p", "h3", "h4"):
            self._open(tag)
        elif tag in ("ul", "ol"):
            self._close()
            self.lists.append([tag, 0])
        elif tag == "li" and self.lists:
            self.lists[-1][1] += 1
            kind, count = self.lists[-1]
            self._open("bullet" if kind == "ul" else "number", count)
        elif tag in ("b", "strong"):
            self.bold += 1
        elif tag in ("i", "em"):
            self.italic += 1

    def handle_endtag(self, tag):
        if tag in ("p", "h3", "h4", "li"):
            self._close()
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        elif tag in ("b", "strong"):
            self.bold -= 1
        elif tag in ("i", "em"):
            self.italic -= 1

    def handle_data(self, data):
        text = re.sub(r"\s+", " ", data)
        if not text.strip() and self.current is None:
            return
        if self.current is None:
            self._open("p")
        self.current["runs"].append((text, self.bold > 0, self.italic > 0))

    def _open(self, kind, number=None):
        self._close()
        self.current = {"kind": kind, "number": number, "runs": []}

    def _close(self):
        if self.current and "".join(run[0] for run in self.current["runs"]).strip():
            runs = self.current["runs"]
            runs[0] = (runs[0][0].lstrip(), *runs[0][1:])
            runs[-1] = (runs[-1][0].rstrip(), *runs[-1][1:])
            self.items.append(self.current)
        self.current = None


def rich_text_items(html):
    parser = _RichTextParser()
    parser.feed(html)
    parser.close()
    parser._close()
    return parser.items


def plain_text(html):
    return " ".join("".join(run[0] for run in item["runs"]) for item in rich_text_items(html))


# PDF -------------------------------------------------------------------------------------------------------------


def _latin1(text):
    return text.translate(LATIN1).encode("latin-1", "replace").decode("latin-1")


def _markdown(runs):
    parts = []
    for text, bold, italic in runs:
        text = _latin1(text).replace("*", "").replace("__", "_")
        marker = ("**" if bold else "") + ("__" if italic else "")
        stripped = text.strip()
        if marker and stripped:
            text = text.replace(stripped, f"{marker}{stripped}{marker[::-1]}", 1)
        parts.append(text)
    return "".join(parts)


class _Pdf(FPDF):
    def __init__(self, title, orientation="P"):
        super().__init__(orientation=orientation, format="A4")
        self.document_title = _latin1(title)
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, margin=20)
        self.set_title(self.document_title)
        self.set_author(AUTHOR)
        self.set_creator("WSIS Gender Caucus demo site")

    def footer(self):
        self.set_y(-13)
        self.set_font("Helvetica", size=8)
        self.set_text_color(*GREY)
        self.cell(0, 5, f"{AUTHOR}  ·  {self.document_title}  ·  {self.page_no()}", align="C")

    def title_band(self, title, subtitle=""):
        self.set_fill_color(*TEAL)
        self.rect(0, 0, self.w, 42, style="F")
        self.set_xy(self.l_margin, 12)
        self.set_text_color(255, 255, 255)
        self.set_font("Helvetica", "B", 19)
        self.multi_cell(self.epw, 8, _latin1(title), align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_y(max(self.get_y(), 42) + 6)
        if subtitle:
            self.set_text_color(*GREY)
            self.set_font("Helvetica", "I", 11)
            self.multi_cell(0, 6, _latin1(subtitle), align="L", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

    def heading(self, text, level="h2"):
        size = {"h2": 14, "h3": 12, "h4": 11}.get(level, 12)
        self.ln(3)
        if self.get_y() > self.h - 45:
            self.add_page()
        self.set_text_color(*TEAL)
        self.set_font("Helvetica", "B", size)
        self.multi_cell(0, size * 0.5, _latin1(text), align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def rich_text(self, html, size=11):
        for item in rich_text_items(html):
            if item["kind"] in ("h3", "h4"):
                self.heading("".join(run[0] for run in item["runs"]), item["kind"])
                continue
            self.set_text_color(*INK)
            self.set_font("Helvetica", size=size)
            line = size * 0.5
            if item["kind"] == "p":
                self.multi_cell(0, line, _markdown(item["runs"]), markdown=True, align="L", new_x="LMARGIN")
                self.ln(2)
                continue
            indent = size * 0.75
            if item["kind"] == "bullet":
                self.set_fill_color(*TEAL)
                self.circle(self.l_margin + indent / 2, self.get_y() + line / 2, size * 0.09, style="F")
            else:
                self.set_x(self.l_margin)
                self.cell(indent, line, f"{item['number']}.")
            self.set_x(self.l_margin + indent)
            self.multi_cell(self.epw - indent, line, _markdown(item["runs"]), markdown=True, align="L")
            self.set_x(self.l_margin)
            self.ln(1)

    def quote(self, text, attribution=""):
        self.ln(2)
        top = self.get_y()
        self.set_x(self.l_margin + 8)
        self.set_text_color(*TEAL)
        self.set_font("Helvetica", "I", 12)
        self.multi_cell(self.epw - 8, 6, _latin1(f"“{text}”"), align="L", new_x="LMARGIN", new_y="NEXT")
        if attribution:
            self.set_x(self.l_margin + 8)
            self.set_font("Helvetica", size=9)
            self.set_text_color(*GREY)
            self.multi_cell(self.epw - 8, 5, _latin1(attribution), align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*TEAL)
        self.set_line_width(1)
        self.line(self.l_margin + 3, top, self.l_margin + 3, self.get_y())
        self.set_line_width(0.2)
        self.ln(3)

    def data_table(self, header, rows):
        self.ln(2)
        self.set_text_color(*INK)
        self.set_font("Helvetica", size=9)
        heading_style = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL)
        self.set_fill_color(255, 255, 255)
        self.set_draw_color(*GREY)
        options = {"cell_fill_color": (236, 243, 243), "cell_fill_mode": "ROWS", "headings_style": heading_style}
        widths = [2 if index == len(header) - 1 and len(header) > 2 else 1 for index in range(len(header))]
        with self.table(text_align="LEFT", line_height=5, col_widths=widths, **options) as table:
            for values in [header, *rows]:
                row = table.row()
                for value in values:
                    row.cell(_latin1(value))
        self.ln(3)

    def blocks(self, blocks):
        for block_type, value in blocks:
            if block_type == "heading":
                self.heading(value["text"], value["level"])
            elif block_type == "paragraph":
                self.rich_text(value)
            elif block_type == "quote":
                self.quote(value["text"], value["attribution"])
            elif block_type == "table":
                self.data_table(value["header"], value["rows"])
            # Images, document links and calls to action only make sense on the web.


def render_pdf(spec):
    pdf = _Pdf(spec["title"])
    pdf.add_page()
    pdf.title_band(spec["title"], spec.get("subtitle", ""))
    pdf.blocks(spec["content"])
    return bytes(pdf.output())


def render_book(spec):
    """The Sourcebook: a cover, a table of contents, then one chapter per page run."""
    pdf = _Pdf(spec["title"])
    pdf.add_page()
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    pdf.set_xy(pdf.l_margin, 80)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 30)
    pdf.multi_cell(0, 13, _latin1(spec["title"]), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", size=13)
    pdf.multi_cell(0, 7, _latin1(f"{spec['intro']}\n\n{spec['subtitle']}"), align="L")
    pdf.add_page()
    pdf.heading("Contents")
    for number, (title, summary, _blocks) in enumerate(spec["chapters"], start=1):
        pdf.set_text_color(*INK)
        pdf.set_font("Helvetica", "B", 11)
        pdf.multi_cell(0, 6, _latin1(f"{number}. {title}"), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=10)
        pdf.set_text_color(*GREY)
        pdf.multi_cell(0, 5, _latin1(summary), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    for number, (title, summary, blocks) in enumerate(spec["chapters"], start=1):
        pdf.add_page()
        pdf.title_band(f"{number}. {title}", summary)
        pdf.blocks(blocks)
    return bytes(pdf.output())


def render_slides(spec):
    """A landscape slide deck: one title slide, then a title and a few large bullets per slide."""
    pdf = _Pdf(spec["title"], orientation="L")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    pdf.set_xy(25, 70)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 32)
    pdf.multi_cell(pdf.w - 50, 14, _latin1(spec["title"]), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(25)
    pdf.set_font("Helvetica", size=16)
    pdf.multi_cell(pdf.w - 50, 8, _latin1(spec.get("subtitle", "")), align="L")
    for title, bullets in spec["slides"]:
        pdf.add_page()
        pdf.set_fill_color(*TEAL)
        pdf.rect(0, 0, pdf.w, 40, style="F")
        pdf.set_xy(25, 13)
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 24)
        pdf.cell(pdf.w - 50, 14, _latin1(title))
        pdf.set_y(62)
        for bullet in bullets:
            pdf.set_fill_color(*TEAL)
            pdf.circle(31, pdf.get_y() + 5, 1.8, style="F")
            pdf.set_xy(40, pdf.get_y())
            pdf.set_text_color(*INK)
            pdf.set_font("Helvetica", size=20)
            pdf.multi_cell(pdf.w - 70, 10, _latin1(bullet), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(6)
    return bytes(pdf.output())


# Word ------------------------------------------------------------------------------------------------------------


def _add_runs(paragraph, runs):
    """Add runs to a Word paragraph, highlighting [placeholders] so they are easy to find and replace."""
    for text, bold, italic in runs:
        for part in PLACEHOLDER.split(text):
            if not part:
                continue
            run = paragraph.add_run(part)
            run.bold, run.italic = bold or None, italic or None
            if PLACEHOLDER.fullmatch(part):
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def render_docx(spec):
    document = docx.Document()
    properties = document.core_properties
    properties.title, properties.author, properties.subject = spec["title"], AUTHOR, spec.get("subtitle", "")
    styles = {"p": None, "bullet": "List Bullet", "number": "List Number"}
    for block_type, value in spec["content"]:
        if block_type == "heading":
            document.add_heading(value["text"], level=1 if value["level"] == "h2" else 2)
        elif block_type == "paragraph":
            for item in rich_text_items(value):
                if item["kind"] in ("h3", "h4"):
                    document.add_heading("".join(run[0] for run in item["runs"]), level=2)
                else:
                    _add_runs(document.add_paragraph(style=styles[item["kind"]]), item["runs"])
        elif block_type == "quote":
            document.add_paragraph(value["text"], style="Quote")
        elif block_type == "table":
            table = document.add_table(rows=1, cols=len(value["header"]))
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, value["header"], strict=True):
                _add_runs(cell.paragraphs[0], [(text, True, False)])
            for values in value["rows"]:
                for cell, text in zip(table.add_row().cells, values, strict=True):
                    _add_runs(cell.paragraphs[0], [(text, False, False)])
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = f"{AUTHOR} template: replace the highlighted text in [square brackets]."
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()
