"""PDF rendering with reportlab platypus: A4, embedded DejaVu Sans, header and footer.

Every page carries the title, the period and the creation date at the top and
"Sivu N / M" at the bottom; an internal report is marked "SISÄINEN / INTERNAL" at the
top and bottom of every page. The total page count needs a second pass, so the canvas
keeps each page's state and draws the footers when the document is saved.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import (
    PageBreak as RlPageBreak,
)
from reportlab.platypus import (
    Table as RlTable,
)

from ..core.timefmt import day_text, report_time_text
from ..paths import resources_dir
from .document import Document, Facts, Heading, PageBreak, Para, TableBlock
from .files import write_atomically
from .hyphenate import soft_hyphens
from .i18n import t
from .tables import NUMERIC_KINDS, format_cell

HELSINKI = ZoneInfo("Europe/Helsinki")
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
MARGIN = 18 * mm
INTERNAL_RED = colors.HexColor("#b00020")
HEAD_BG = colors.HexColor("#e4ecf4")
TOTAL_BG = colors.HexColor("#f2f2f2")

_fonts_ready = False


def register_fonts() -> None:
    global _fonts_ready
    if _fonts_ready:
        return
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    from reportlab.lib.fonts import addMapping

    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)
    _fonts_ready = True


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=12.5)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#444444")),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19, spaceBefore=4, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4),
        "h3": ParagraphStyle("h3", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=2),
        # table cells break long words only where soft_hyphens() allows (embeddedHyphenation)
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=9.8, embeddedHyphenation=1),
        "cell_num": ParagraphStyle("cell_num", parent=base, fontSize=8, leading=9.8, alignment=TA_RIGHT,
                                   embeddedHyphenation=1),
        "cell_head": ParagraphStyle("cell_head", parent=base, fontName=FONT_BOLD, fontSize=7.8, leading=9.5,
                                    embeddedHyphenation=1),
        "cell_head_num": ParagraphStyle("cell_head_num", parent=base, fontName=FONT_BOLD, fontSize=7.8, leading=9.5,
                                        alignment=TA_RIGHT, embeddedHyphenation=1),
        "fact_label": ParagraphStyle("fact_label", parent=base, fontName=FONT_BOLD, fontSize=9),
        "fact_value": ParagraphStyle("fact_value", parent=base, fontSize=9),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


class _Decorated(rl_canvas.Canvas):
    """Draws header and footer on every page once the page count is known."""

    def __init__(self, *args: Any, doc_info: Document, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._info = doc_info
        self._pages: list[dict[str, Any]] = []
        if doc_info.date_only:  # the file's own creation and modification dates too
            self.setDateFormatter(lambda yyyy, mm, dd, *_: f"D:{yyyy:04d}{mm:02d}{dd:02d}")

    def showPage(self) -> None:  # noqa: N802 (reportlab API)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        info = self._info
        width, height = A4
        lang = info.lang
        created = info.created.astimezone(HELSINKI)
        self.saveState()
        self.setStrokeColor(colors.HexColor("#8899aa"))
        self.setLineWidth(0.5)
        top = height - 12 * mm
        self.setFont(FONT_BOLD, 9)
        self.drawString(MARGIN, top, info.title)
        self.setFont(FONT, 8)
        self.drawString(MARGIN, top - 10, f"{t(info.period_label, lang)}: {info.period_text}")
        when = day_text(created) if info.date_only else report_time_text(created)
        self.drawRightString(width - MARGIN, top - 10, f"{t('created', lang)}: {when}")
        self.line(MARGIN, top - 14, width - MARGIN, top - 14)
        bottom = 10 * mm
        self.line(MARGIN, bottom + 9, width - MARGIN, bottom + 9)
        page_text = t("page", lang, n=self._pageNumber, m=total)
        right = pdfmetrics.stringWidth(page_text, FONT, 8) + 6 * mm  # what the footer's right side takes
        if info.internal:
            right += pdfmetrics.stringWidth(t("internal", lang), FONT_BOLD, 10) + 6 * mm
        # The unit's name takes what is left, smaller if a long translation needs it: never overlapping.
        unit, room = t("unit", lang), width - 2 * MARGIN - right
        self.setFont(FONT, max(5.0, min(8.0, 8.0 * room / max(1.0, pdfmetrics.stringWidth(unit, FONT, 8)))))
        self.drawString(MARGIN, bottom, unit)
        self.setFont(FONT, 8)
        self.drawRightString(width - MARGIN, bottom, page_text)
        if info.internal:
            self.setFillColor(INTERNAL_RED)
            self.setFont(FONT_BOLD, 10)
            self.drawRightString(width - MARGIN, top, t("internal", lang))
            page_w = pdfmetrics.stringWidth(page_text, FONT, 8)
            self.drawRightString(width - MARGIN - page_w - 6 * mm, bottom, t("internal", lang))
        self.restoreState()


def _table_flowable(block: TableBlock, styles: dict[str, ParagraphStyle], lang: str, avail: float) -> RlTable:
    table = block.table
    keep = [i for i, c in enumerate(table.columns) if c.key not in block.hide]
    cols = [table.columns[i] for i in keep]
    header = [_p(soft_hyphens(c.label, lang), styles["cell_head_num" if c.kind in NUMERIC_KINDS else "cell_head"])
              for c in cols]
    data: list[list[Any]] = [header]
    for row in table.rows:
        data.append([_p(soft_hyphens(format_cell(row[i], table.columns[i], lang), lang),
                        styles["cell_num" if table.columns[i].kind in NUMERIC_KINDS else "cell"]) for i in keep])
    widths = _widths(cols, avail)
    rl = RlTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#667788")),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#cccccc")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if table.total_row and table.rows:
        style += [("BACKGROUND", (0, -1), (-1, -1), TOTAL_BG),
                  ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.HexColor("#667788"))]
    rl.setStyle(TableStyle(style))
    return rl


def _widths(cols: list[Any], avail: float) -> list[float]:
    """Numeric columns as wide as their longest header word (Finnish words are long and
    must not break mid-word); text columns share the rest."""
    def num_width(label: str) -> float:
        longest = max((pdfmetrics.stringWidth(w, FONT_BOLD, 7.8) for w in label.split()), default=0)
        return max(14 * mm, longest + 8)

    nums = [num_width(c.label) if c.kind in NUMERIC_KINDS else 0.0 for c in cols]
    n_text = sum(1 for c in cols if c.kind not in NUMERIC_KINDS)
    budget = avail * (0.75 if n_text else 1.0)
    if sum(nums) > budget:
        scale = budget / sum(nums)
        nums = [w * scale for w in nums]
    text_w = (avail - sum(nums)) / n_text if n_text else 0.0
    if not n_text and nums:
        extra = (avail - sum(nums)) / len(nums)
        nums = [w + extra for w in nums]
    return [nums[i] if c.kind in NUMERIC_KINDS else text_w for i, c in enumerate(cols)]


def _flowables(doc: Document, styles: dict[str, ParagraphStyle], avail: float) -> list[Any]:
    out: list[Any] = []
    note = t("internal_note" if doc.internal else "ck_note", doc.lang)
    for block in doc.blocks:
        if isinstance(block, Heading):
            out.append(_p(block.text, styles[f"h{min(block.level, 3)}"]))
        elif isinstance(block, Para):
            out.append(_p(block.text, styles["small" if block.small else "base"]))
            out.append(Spacer(1, 3))
        elif isinstance(block, Facts):
            rows = [[_p(k, styles["fact_label"]), _p(v, styles["fact_value"])] for k, v in block.rows]
            ft = RlTable(rows, colWidths=[avail * 0.36, avail * 0.64], hAlign="LEFT")
            ft.setStyle(TableStyle([
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#cccccc")),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]))
            out += [ft, Spacer(1, 4)]
        elif isinstance(block, TableBlock):
            title = _p(block.table.title, styles["h3"])
            if not block.table.rows:
                out.append(KeepTogether([title, _p(t("none", doc.lang), styles["small"])]))
                continue
            parts: list[Any] = [title, _table_flowable(block, styles, doc.lang, avail)]
            if block.table.note:
                parts.append(_p(block.table.note, styles["small"]))
            out.append(KeepTogether(parts) if len(block.table.rows) < 25 else parts[0])
            if len(block.table.rows) >= 25:
                out.extend(parts[1:])
            out.append(Spacer(1, 5))
        elif isinstance(block, PageBreak):
            out.append(RlPageBreak())
    if doc.kind in ("weekly", "municipality", "social"):
        out.append(Spacer(1, 6))
        out.append(_p(note, styles["small"]))
    return out


def render_pdf(doc: Document, path: Path, mode: int | None = None) -> Path:
    """Write ``doc`` to ``path`` (atomically: a half-written PDF never replaces a good one)."""
    register_fonts()
    styles = _styles()

    def write(tmp: str) -> None:
        template = SimpleDocTemplate(
            tmp, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=24 * mm,
            bottomMargin=20 * mm, title=doc.title, author="Yhteisöneuvonta",
            subject=f"{doc.title} {doc.period_text}", lang=doc.lang,
        )
        avail = A4[0] - 2 * MARGIN
        story = _flowables(doc, styles, avail) or [Spacer(1, 1)]
        template.build(story, canvasmaker=lambda *a, **k: _Decorated(*a, doc_info=doc, **k))

    return write_atomically(Path(path), write, ".pdf", mode)
