"""Printed reports: one page framework for the printer, the print preview and PDF.

A report is painted with QPainter onto a QPagedPaintDevice, so the same code paints the
preview (QPrinter in preview mode), the printer (QPrinter) and a PDF file (QPdfWriter).
Every page gets a header (the company name from the business settings, the report's
title and the date) and a footer ("Page 2 of 5"), unless the report is a label sheet.
Text uses the CJK-capable fonts of `i18n.cjk_families`, so Chinese prints as Chinese.

Writing a report
----------------
Most reports flow blocks down the pages: subclass `FlowReport`, set `title` (and
`page_setup` for a different default paper), and return the blocks from `blocks(ctx)`::

    class StaffReport(FlowReport):
        def __init__(self, figures: list[tuple[str, str]], chart: QImage) -> None:
            super().__init__(title=tr("Staff report"))
            self.figures, self.chart = figures, chart

        def blocks(self, ctx: PageContext) -> list[Block]:
            return [
                Heading(self.title),
                FigureTiles(self.figures, columns=4),
                Picture(self.chart, max_height_mm=90, caption=tr("Won amount by owner")),
                Table([TableColumn(tr("Owner")), TableColumn(tr("Won"), numeric=True)], rows),
            ]

The blocks: `Heading` (kept with what follows), `Paragraph` (wrapped text), `KeyValues`
(label: value pairs in columns), `FigureTiles` (headline numbers in boxes), `Table` (rows of
text, columns sized to fit, header repeated on every page, "and N more" line optional),
`Picture` (a QImage scaled to the width, e.g. a chart), `Spacer` and `PageBreak`. A block
is laid out into `Line`s (an indivisible strip of a known height with a paint function);
a new block kind only needs `lines(ctx, width)`.

A report with its own geometry (the label sheet) subclasses `Report` directly and
implements `paginate(ctx) -> page count` and `paint_page(painter, ctx, index)`; with
`decorated = False` it gets no header or footer, and its `ctx.page` is the whole paper.

Output
------
- `save_pdf(report, path, setup=None) -> pages`: headless (needs only a QGuiApplication).
- `print_with_preview(report, parent)`: a `ReportPreviewDialog` (QPrintPreviewDialog) whose
  page setup and orientation buttons lay the report out again, with a "Save as PDF..." button
  that works with no printer installed (so does printing: it then writes a PDF).
- `render(report, device) -> pages`: paint onto any QPagedPaintDevice.

Chinese in the PDF's text layer (search, copy, pdftotext): fonts are made with the OpenType
features `locl` and `liga` off (Noto CJK's localised digits have no character code, and a
"fi" ligature is one character), and `save_pdf` points glyphs shared by an ideograph and a
radical (长 and ⻓) at the ideograph.

Units: everything is in device pixels of the paint device; `ctx.mm()` and `ctx.pt()` convert,
and `ctx.font(size_pt, bold=)` gives a font whose metrics `ctx.metrics(font)` measures on
that device. Paper sizes by name are in PAGE_SIZES ("A4", "A5", "Letter", ...).
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QRawFont,
)
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QWidget

from crm_desktop import APP_NAME
from crm_desktop.ui import i18n

PAGE_SIZES: dict[str, QPageSize.PageSizeId] = {
    "A3": QPageSize.PageSizeId.A3,
    "A4": QPageSize.PageSizeId.A4,
    "A5": QPageSize.PageSizeId.A5,
    "B5": QPageSize.PageSizeId.B5,
    "Letter": QPageSize.PageSizeId.Letter,
    "Legal": QPageSize.PageSizeId.Legal,
}
PDF_RESOLUTION = 600  # dots per inch: text is vector anyway; pictures are drawn at this density

TEXT_COLOUR = QColor("#1a1a1a")
MUTED_COLOUR = QColor("#666666")
RULE_COLOUR = QColor("#9a9a9a")
HEADER_FILL = QColor("#e4e8ee")
STRIPE_FILL = QColor("#f4f5f7")
TILE_BORDER = QColor("#c8ccd2")

BODY_PT = 9.0
SMALL_PT = 7.5
HEADING_PT = 12.0
TITLE_PT = 15.0
FIGURE_PT = 14.0


def tr(text: str) -> str:
    # lupdate files the strings of a module-level tr("...") under the empty context.
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class PageSetup:
    """The paper a report asks for by default; the preview dialog can change it."""

    page_size: str = "A4"  # a key of PAGE_SIZES
    landscape: bool = False
    margins_mm: float = 12.0


def page_layout(setup: PageSetup) -> QPageLayout:
    if setup.page_size not in PAGE_SIZES:
        raise ValueError(
            f"unknown paper size {setup.page_size!r}; choose one of {', '.join(PAGE_SIZES)}"
        )
    margin = setup.margins_mm
    return QPageLayout(
        QPageSize(PAGE_SIZES[setup.page_size]),
        QPageLayout.Orientation.Landscape if setup.landscape else QPageLayout.Orientation.Portrait,
        QMarginsF(margin, margin, margin, margin),
        QPageLayout.Unit.Millimeter,
    )


def company_name() -> str:
    """The company named in the business settings, or the product's name when none is set."""
    from crm_desktop.services import settings as settings_service

    return settings_service.business_settings().company_name.strip() or APP_NAME


class PageContext:
    """What a report needs to lay out and paint on one device, in that device's pixels.

    `page` is the area inside the margins (origin at its top-left); `body` is the part of
    it below the header and above the footer, where a report paints its content.
    """

    def __init__(self, device: QPagedPaintDevice, *, decorated: bool) -> None:
        self.device = device
        self.resolution = device.logicalDpiY()
        self.page = QRectF(0, 0, device.width(), device.height())
        self._families = [*i18n.cjk_families(), *QFont().families()]
        self._fonts: dict[tuple[float, bool, bool], QFont] = {}
        self._metrics: dict[tuple[float, bool, bool], QFontMetricsF] = {}
        if decorated:
            top = self.header_height()
            bottom = self.footer_height()
            self.body = QRectF(0, top, self.page.width(), self.page.height() - top - bottom)
        else:
            self.body = QRectF(self.page)

    def mm(self, millimetres: float) -> float:
        return millimetres * self.resolution / 25.4

    def pt(self, points: float) -> float:
        return points * self.resolution / 72.0

    def font(self, size_pt: float = BODY_PT, *, bold: bool = False, italic: bool = False) -> QFont:
        key = (size_pt, bold, italic)
        found = self._fonts.get(key)
        if found is None:
            found = QFont()
            found.setFamilies(self._families)
            found.setPointSizeF(size_pt)
            found.setBold(bold)
            found.setItalic(italic)
            # Noto CJK's localised forms swap the digits for glyphs with no character code
            # (the PDF's text layer would lose every number), and ligatures turn "fi" into
            # one character that a search for "file" in the PDF does not find.
            found.setFeature(QFont.Tag("locl"), 0)
            found.setFeature(QFont.Tag("liga"), 0)
            self._fonts[key] = found
        return found

    def metrics(self, font: QFont) -> QFontMetricsF:
        key = (font.pointSizeF(), font.bold(), font.italic())
        found = self._metrics.get(key)
        if found is None:
            found = QFontMetricsF(font, self.device)
            self._metrics[key] = found
        return found

    def line_height(self, size_pt: float = BODY_PT, *, bold: bool = False) -> float:
        return self.metrics(self.font(size_pt, bold=bold)).lineSpacing()

    def header_height(self) -> float:
        return self.line_height(BODY_PT, bold=True) + self.pt(10)

    def footer_height(self) -> float:
        return self.line_height(SMALL_PT) + self.pt(8)


class Report(ABC):
    """Something that prints: lay out for a device (page count), then paint page by page."""

    decorated = True  # False: no header or footer, and the page is the whole paper

    def __init__(self, title: str, page_setup: PageSetup | None = None) -> None:
        self.title = title
        self.page_setup = page_setup or PageSetup()
        self.printed_on = dt.date.today()
        self.company = company_name()

    @abstractmethod
    def paginate(self, ctx: PageContext) -> int:
        """Lay the report out for this device; returns the number of pages (at least 1)."""

    @abstractmethod
    def paint_page(self, painter: QPainter, ctx: PageContext, index: int) -> None:
        """Paint page `index` (0-based) inside `ctx.body`."""

    def paint_decorations(
        self, painter: QPainter, ctx: PageContext, index: int, count: int
    ) -> None:
        """The header (company, title, date) and the footer (page X of Y)."""
        page = ctx.page
        bold = ctx.font(BODY_PT, bold=True)
        small = ctx.font(SMALL_PT)
        header_text_height = ctx.line_height(BODY_PT, bold=True)
        third = page.width() / 3
        painter.setPen(TEXT_COLOUR)
        painter.setFont(bold)
        flags = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            QRectF(0, 0, third * 1.4, header_text_height),
            flags | Qt.AlignmentFlag.AlignLeft,
            ctx.metrics(bold).elidedText(self.company, Qt.TextElideMode.ElideRight, third * 1.4),
        )
        painter.setFont(small)
        painter.setPen(MUTED_COLOUR)
        painter.drawText(
            QRectF(third * 1.45, 0, page.width() - third * 1.45, header_text_height),
            flags | Qt.AlignmentFlag.AlignRight,
            ctx.metrics(small).elidedText(
                f"{self.title}  \u00b7  {self.printed_on.isoformat()}",
                Qt.TextElideMode.ElideLeft,
                page.width() - third * 1.45,
            ),
        )
        rule_y = header_text_height + ctx.pt(3)
        painter.setPen(QPen(RULE_COLOUR, ctx.pt(0.6)))
        painter.drawLine(QPointF(0, rule_y), QPointF(page.width(), rule_y))
        footer_top = page.height() - ctx.line_height(SMALL_PT)
        painter.setPen(MUTED_COLOUR)
        painter.drawText(
            QRectF(0, footer_top, page.width(), ctx.line_height(SMALL_PT)),
            Qt.AlignmentFlag.AlignCenter,
            tr("Page {page} of {count}").format(page=index + 1, count=count),
        )


# -- flowing blocks ------------------------------------------------------------------------

Painter = Callable[[QPainter, QRectF], None]


@dataclass
class Line:
    """An indivisible horizontal strip of a block: its height and how to paint it.

    `header` is painted first when this line starts a page (a table's column header);
    `keep_with_next` moves the line to the next page when the line after it does not fit.
    """

    height: float
    paint: Painter
    header: Line | None = None
    keep_with_next: bool = False
    page_break_before: bool = False


class Block(ABC):
    @abstractmethod
    def lines(self, ctx: PageContext, width: float) -> Iterable[Line]:
        """The block laid out for a column `width` device pixels wide."""


@dataclass
class Spacer(Block):
    height_pt: float = 6.0

    def lines(self, ctx: PageContext, width: float) -> Iterable[Line]:
        yield Line(ctx.pt(self.height_pt), lambda painter, rect: None)


class PageBreak(Block):
    def lines(self, ctx: PageContext, width: float) -> Iterable[Line]:
        yield Line(0.0, lambda painter, rect: None, page_break_before=True)


@dataclass
class Heading(Block):
    text: str
    size_pt: float = HEADING_PT
    subtitle: str = ""

    def lines(self, ctx: PageContext, width: float) -> Iterable[Line]:
        font = ctx.font(self.size_pt, bold=True)
        metrics = ctx.metrics(font)
        text = metrics.elidedText(self.text, Qt.TextElideMode.ElideRight, width)
        gap = ctx.pt(self.size_pt * 0.35)

        def paint(painter: QPainter, rect: QRectF) -> None:
            painter.setFont(font)
            painter.setPen(TEXT_COLOUR)
            painter.drawText(
                QRectF(rect.left(), rect.top() + gap, rect.width(), metrics.lineSpacing()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )

        yield Line(metrics.lineSpacing() + gap * 1.5, paint, keep_with_next=True)
        if self.subtitle:
            yield from Paragraph(self.subtitle, size_pt=SMALL_PT, muted=True).lines(ctx, width)


@dataclass
class Paragraph(Block):
    """Wrapped text; at most `max_lines` lines (the last one ends in an ellipsis)."""

    text: str
    size_pt: float = BODY_PT
    bold: bool = False
    muted: bool = False
    max_lines: int | None = None

    def lines(self, ctx: PageContext, width: float) -> Iterable[Line]:
        font = ctx.font(self.size_pt, bold=self.bold)
        metrics = ctx.metrics(font)
        wrapped = wrap_text(metrics, self.text, width, self.max_lines)
        colour = MUTED_COLOUR if self.muted else TEXT_COLOUR
        for text in wrapped:

            def paint(painter: QPainter, rect: QRectF, text: str = text) -> None:
                painter.setFont(font)
                painter.setPen(colour)
                painter.drawText(
                    rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
                )

            yield Line(metrics.lineSpacing(), paint)


def wrap_text(
    metrics: QFontMetricsF, text: str, width: float, max_lines: int | None = None
) -> list[str]:
    """Break text into lines that fit `width`: at spaces for Latin words, anywhere in Chinese.

    Newlines in the text are kept. With `max_lines`, the last line kept ends in an
    ellipsis when text was cut.
    """
    result: list[str] = []
    for paragraph in text.splitlines() or [""]:
        rest = paragraph.rstrip()
        if not rest:
            result.append("")
            continue
        while rest:
            if metrics.horizontalAdvance(rest) <= width:
                result.append(rest)
                break
            cut = _fitting_prefix(metrics, rest, width)
            space = rest.rfind(" ", 0, cut + 1)
            if space > 0 and cut < len(rest) and not _is_cjk(rest[cut - 1]):
                cut = space
            result.append(rest[:cut].rstrip())
            rest = rest[cut:].lstrip()
    if max_lines is not None and len(result) > max_lines:
        kept = result[:max_lines]
        kept[-1] = metrics.elidedText(kept[-1] + "\u2026\u2026", Qt.TextElideMode.ElideRight, width)
        if not kept[-1].endswith("\u2026"):
            kept[-1] = metrics.elidedText(kept[-1], Qt.TextElideMode.ElideRight, width * 0.95)
        return kept
    return result


def _is_cjk(char: str) -> bool:
    return "\u2e80" <= char <= "\u9fff" or "\uf900" <= char <= "\uffef"


def _fitting_prefix(metrics: QFontMetricsF, text: str, width: float) -> int:
    """The length of the longest prefix of `text` that fits `width` (at least one character)."""
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(text[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return low


@dataclass
class KeyValues(Block):
    """Label: value pairs in `columns` columns; empty values are left out."""

    pairs: Sequence[tuple[str, str]]
    columns: int = 2
    max_value_lines: int = 2

    def lines(self, ctx: PageContext, width: float) -> Iterable[Line]:
        pairs = [(label, value) for label, value in self.pairs if value]
        if not pairs:
            return
        label_font = ctx.font(BODY_PT)
        value_font = ctx.font(BODY_PT)
        metrics = ctx.metrics(value_font)
        gutter = ctx.pt(10)
        column_width = (width - gutter * (self.columns - 1)) / self.columns
        label_width = min(
            max(ctx.metrics(label_font).horizontalAdvance(label + "\uff1a") for label, _ in pairs),
            column_width * 0.42,
        )
        value_width = column_width - label_width - ctx.pt(4)
        for start in range(0, len(pairs), self.columns):
            cells = []
            for label, value in pairs[start : start + self.columns]:
                wrapped = wrap_text(metrics, value, value_width, self.max_value_lines)
                cells.append((label, wrapped))
            height = max(len(wrapped) for _, wrapped in cells) * metrics.lineSpacing() + ctx.pt(2)

            def paint(
                painter: QPainter, rect: QRectF, cells: list[tuple[str, list[str]]] = cells
            ) -> None:
                for number, (label, wrapped) in enumerate(cells):
                    left = rect.left() + number * (column_width + gutter)
                    painter.setFont(label_font)
                    painter.setPen(MUTED_COLOUR)
                    painter.drawText(
                        QRectF(left, rect.top(), label_width, metrics.lineSpacing()),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                        ctx.metrics(label_font).elidedText(
                            label + "\uff1a", Qt.TextElideMode.ElideRight, label_width
                        ),
                    )
                    painter.setFont(value_font)
                    painter.setPen(TEXT_COLOUR)
                    for row, text in enumerate(wrapped):
                        painter.drawText(
                            QRectF(
                                left + label_width + ctx.pt(4),
                                rect.top() + row * metrics.lineSpacing(),
                                value_width,
                                metrics.lineSpacing(),
                            ),
                            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                            text,
                        )

            yield Line(height, paint)


@dataclass
class FigureTiles(Block):
    """Headline figures: each a boxed big value over its label, `columns` to a row."""

    figures: Sequence[tuple[str, str]]
    columns: int = 4

    def lines(self, ctx: PageContext, width: float) -> Iterable[Line]:
        value_font = ctx.font(FIGURE_PT, bold=True)
        label_font = ctx.font(SMALL_PT)
        gap = ctx.pt(6)
        padding = ctx.pt(4)
        tile_width = (width - gap * (self.columns - 1)) / self.columns
        value_height = ctx.metrics(value_font).lineSpacing()
        label_height = ctx.metrics(label_font).lineSpacing()
        tile_height = value_height + label_height + padding * 2
        for start in range(0, len(self.figures), self.columns):
            row = list(self.figures[start : start + self.columns])

            def paint(painter: QPainter, rect: QRectF, row: list[tuple[str, str]] = row) -> None:
                painter.setPen(QPen(TILE_BORDER, ctx.pt(0.6)))
                for number, (label, value) in enumerate(row):
                    left = rect.left() + number * (tile_width + gap)
                    tile = QRectF(left, rect.top(), tile_width, tile_height)
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.setPen(QPen(TILE_BORDER, ctx.pt(0.6)))
                    painter.drawRect(tile)
                    inner = tile.adjusted(padding, padding, -padding, -padding)
                    painter.setFont(value_font)
                    painter.setPen(TEXT_COLOUR)
                    painter.drawText(
                        QRectF(inner.left(), inner.top(), inner.width(), value_height),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                        ctx.metrics(value_font).elidedText(
                            value, Qt.TextElideMode.ElideRight, inner.width()
                        ),
                    )
                    painter.setFont(label_font)
                    painter.setPen(MUTED_COLOUR)
                    painter.drawText(
                        QRectF(
                            inner.left(), inner.top() + value_height, inner.width(), label_height
                        ),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                        ctx.metrics(label_font).elidedText(
                            label, Qt.TextElideMode.ElideRight, inner.width()
                        ),
                    )

            yield Line(tile_height + gap, paint)


@dataclass
class Picture(Block):
    """An image (a chart) scaled to the column width, at most `max_height_mm` tall."""

    image: QImage
    max_height_mm: float = 100.0
    caption: str = ""

    def lines(self, ctx: PageContext, width: float) -> Iterable[Line]:
        if self.caption:
            yield from Heading(self.caption, size_pt=BODY_PT + 1).lines(ctx, width)
        if self.image.isNull() or self.image.width() == 0:
            return
        size = QSizeF(self.image.size())
        size.scale(QSizeF(width, ctx.mm(self.max_height_mm)), Qt.AspectRatioMode.KeepAspectRatio)
        image = self.image

        def paint(painter: QPainter, rect: QRectF) -> None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(rect.left(), rect.top(), size.width(), size.height()), image)

        yield Line(size.height() + ctx.pt(6), paint)


@dataclass(frozen=True)
class TableColumn:
    """A table column: its header, whether it holds numbers (right-aligned) and its share of
    spare width (`stretch`; 0 keeps the column at its natural width)."""

    title: str
    numeric: bool = False
    stretch: float = 1.0


SIZING_SAMPLE_ROWS = 400  # natural column widths come from the first rows, not all of them


@dataclass
class Table(Block):
    """Rows of single-line text cells under a header repeated at the top of every page.

    Columns get their natural width (header and the widest of the first rows) when that
    fits; otherwise narrow columns keep theirs and the wide ones share what is left, and
    text that does not fit ends in an ellipsis. `more` (e.g. "and 12 more") is printed
    under the last row.
    """

    columns: Sequence[TableColumn]
    rows: Sequence[Sequence[str]]
    size_pt: float = BODY_PT
    more: str = ""
    striped: bool = True

    def column_widths(self, ctx: PageContext, width: float) -> list[float]:
        font = ctx.font(self.size_pt)
        bold = ctx.font(self.size_pt, bold=True)
        padding = ctx.pt(3) * 2
        natural = [
            ctx.metrics(bold).horizontalAdvance(column.title) + padding for column in self.columns
        ]
        advance = ctx.metrics(font).horizontalAdvance
        for row in self.rows[:SIZING_SAMPLE_ROWS]:
            for index, text in enumerate(row):
                if text:
                    natural[index] = max(natural[index], advance(text) + padding)
        return fit_widths(natural, [c.stretch for c in self.columns], width)

    def lines(self, ctx: PageContext, width: float) -> Iterable[Line]:
        font = ctx.font(self.size_pt)
        bold = ctx.font(self.size_pt, bold=True)
        metrics = ctx.metrics(font)
        bold_metrics = ctx.metrics(bold)
        widths = self.column_widths(ctx, width)
        lefts = [sum(widths[:index]) for index in range(len(widths))]
        padding = ctx.pt(3)
        row_height = metrics.lineSpacing() + ctx.pt(3)
        aligns = [
            (Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignVCenter
            for column in self.columns
        ]
        titles = [
            bold_metrics.elidedText(column.title, Qt.TextElideMode.ElideRight, w - 2 * padding)
            for column, w in zip(self.columns, widths, strict=True)
        ]
        rule = QPen(RULE_COLOUR, ctx.pt(0.5))
        total_width = sum(widths)

        def paint_header(painter: QPainter, rect: QRectF) -> None:
            painter.fillRect(
                QRectF(rect.left(), rect.top(), total_width, rect.height()), HEADER_FILL
            )
            painter.setFont(bold)
            painter.setPen(TEXT_COLOUR)
            for left, w, align, title in zip(lefts, widths, aligns, titles, strict=True):
                painter.drawText(
                    QRectF(
                        rect.left() + left + padding, rect.top(), w - 2 * padding, rect.height()
                    ),
                    align,
                    title,
                )
            painter.setPen(rule)
            painter.drawLine(
                QPointF(rect.left(), rect.bottom()),
                QPointF(rect.left() + total_width, rect.bottom()),
            )

        header = Line(row_height, paint_header, keep_with_next=True)
        yield header
        elide = metrics.elidedText
        advance = metrics.horizontalAdvance
        for number, row in enumerate(self.rows):
            cells = []
            for text, w in zip(row, widths, strict=True):
                room = w - 2 * padding
                cells.append(
                    text
                    if not text or advance(text) <= room
                    else elide(text, Qt.TextElideMode.ElideRight, room)
                )
            stripe = self.striped and number % 2 == 1

            def paint_row(
                painter: QPainter, rect: QRectF, cells: list[str] = cells, stripe: bool = stripe
            ) -> None:
                if stripe:
                    painter.fillRect(
                        QRectF(rect.left(), rect.top(), total_width, rect.height()), STRIPE_FILL
                    )
                painter.setFont(font)
                painter.setPen(TEXT_COLOUR)
                for left, w, align, text in zip(lefts, widths, aligns, cells, strict=True):
                    if text:
                        painter.drawText(
                            QRectF(
                                rect.left() + left + padding,
                                rect.top(),
                                w - 2 * padding,
                                rect.height(),
                            ),
                            align,
                            text,
                        )

            yield Line(row_height, paint_row, header=header)
        if self.more:
            yield from Paragraph(self.more, size_pt=SMALL_PT, muted=True).lines(ctx, width)


def fit_widths(natural: Sequence[float], stretch: Sequence[float], width: float) -> list[float]:
    """Column widths that add up to `width`.

    When the natural widths fit, the spare width goes to the columns by their stretch. When
    they do not, every column narrower than its share keeps its natural width and the wider
    ones split what remains by their stretch (a stretch of 0 counts as 1 here), so short
    columns such as a tier or a date are never cut to make room for a long address, and a
    name column with a larger stretch keeps more of its text than the tags beside it.
    """
    if not natural:
        return []
    total = sum(natural)
    if total <= width:
        weights = sum(stretch)
        spare = width - total
        if weights <= 0:
            return [w + spare / len(natural) for w in natural]
        return [w + spare * s / weights for w, s in zip(natural, stretch, strict=True)]
    weight = [s if s > 0 else 1.0 for s in stretch]
    widths = list(natural)
    open_columns = set(range(len(natural)))
    remaining = width
    while open_columns:
        unit = remaining / sum(weight[i] for i in open_columns)
        narrow = {i for i in open_columns if natural[i] <= unit * weight[i]}
        if not narrow:
            for index in open_columns:
                widths[index] = unit * weight[index]
            break
        for index in narrow:
            widths[index] = natural[index]
            remaining -= natural[index]
        open_columns -= narrow
    return widths


class FlowReport(Report):
    """A report whose blocks flow down the body of the pages, breaking between lines."""

    def __init__(self, title: str, page_setup: PageSetup | None = None) -> None:
        super().__init__(title, page_setup)
        self._pages: list[list[tuple[float, Line]]] = []

    @abstractmethod
    def blocks(self, ctx: PageContext) -> Sequence[Block]:
        """The content, top to bottom, laid out for this device."""

    def paginate(self, ctx: PageContext) -> int:
        width = ctx.body.width()
        lines = [line for block in self.blocks(ctx) for line in block.lines(ctx, width)]
        self._pages = flow(lines, ctx.body.height())
        return len(self._pages)

    def paint_page(self, painter: QPainter, ctx: PageContext, index: int) -> None:
        body = ctx.body
        painter.save()
        painter.setClipRect(body)
        for y, line in self._pages[index]:
            line.paint(painter, QRectF(body.left(), body.top() + y, body.width(), line.height))
        painter.restore()


def flow(lines: Sequence[Line], page_height: float) -> list[list[tuple[float, Line]]]:
    """Place lines on pages: each page a list of (top offset, line)."""
    pages: list[list[tuple[float, Line]]] = [[]]
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pages.append([])
        y = 0.0

    for index, line in enumerate(lines):
        if line.page_break_before and pages[-1]:
            new_page()
        needed = line.height
        if line.keep_with_next and index + 1 < len(lines):
            needed += lines[index + 1].height
        if pages[-1] and y + needed > page_height:
            new_page()
        if not pages[-1] and line.header is not None:
            pages[-1].append((y, line.header))
            y += line.header.height
        pages[-1].append((y, line))
        y += line.height
    return pages


# -- output --------------------------------------------------------------------------------


class PaintError(RuntimeError):
    """The paint device could not be opened (e.g. the PDF file cannot be written).

    The printer's or the disk's fault, not a bug: the window shows its message plainly.
    """

    user_facing = True


def render(report: Report, device: QPagedPaintDevice, *, first: int = 0, last: int = 0) -> int:
    """Paint the report onto the device; returns the number of pages in the report.

    `first` and `last` (1-based, 0 = not limited) restrict which pages are painted, as a print
    dialog's page range does.
    """
    painter = QPainter()
    if not painter.begin(device):
        raise PaintError(
            QCoreApplication.translate(
                "Printing",
                "The printer or the file could not be opened for printing. Check that the "
                "printer is on, or that the folder exists and you may write to it, and try "
                "again.",
            )
        )
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        ctx = PageContext(device, decorated=report.decorated)
        count = max(1, report.paginate(ctx))
        wanted = [
            index
            for index in range(count)
            if (first <= 0 or index + 1 >= first) and (last <= 0 or index + 1 <= last)
        ]
        for position, index in enumerate(wanted):
            if position:
                device.newPage()
            report.paint_page(painter, ctx, index)
            if report.decorated:
                report.paint_decorations(painter, ctx, index, count)
        return count
    finally:
        painter.end()


def _prepare_device(report: Report, device: QPagedPaintDevice, layout: QPageLayout) -> None:
    if not report.decorated:
        # Label sheets measure from the paper's edge: no margins of ours.
        layout = QPageLayout(layout.pageSize(), layout.orientation(), QMarginsF(0, 0, 0, 0))
    device.setPageLayout(layout)


def save_pdf(report: Report, path: str | os.PathLike[str], setup: PageSetup | None = None) -> int:
    """Write the report to a PDF file; returns the number of pages.

    Written to a temporary file beside the target and renamed, so a failed write never
    leaves half a PDF behind. Needs a QGuiApplication (offscreen is enough).
    """
    target = Path(path)
    temporary = target.with_name(f".{target.name}.part")
    try:
        pages = _write_pdf(report, temporary, page_layout(setup or report.page_setup))
        _fix_cjk_text_layer(temporary)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return pages


def _write_pdf(report: Report, path: Path, layout: QPageLayout) -> int:
    """Paint into a PDF file; the writer is gone (and the file closed) when this returns."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(report.title)
    writer.setCreator(APP_NAME)
    _prepare_device(report, writer, layout)
    return render(report, writer)


_TO_UNICODE_SECTION = re.compile(rb"beginbf(?:char|range)\n(.*?)endbf(?:char|range)", re.DOTALL)
_RADICAL_CODE = re.compile(rb"<(2[EF][0-9A-F]{2})>")


@functools.cache
def radical_replacements() -> dict[str, str]:
    """Hex code of a CJK radical -> hex code of the ideograph drawn with the same glyph.

    CJK fonts draw a radical (U+2E80-U+2FDF) and its ideograph (长 U+957F and ⻓ U+2ED3,
    户 and ⼾) with one glyph, and Qt's PDF writer names each glyph in the text layer by its
    lowest code point: the radical. Searching or copying the PDF then fails on names like
    张长文. The pairs come from the fonts themselves, so they are right for every font.
    """
    families = i18n.cjk_families()
    if not families:
        return {}
    font = QFont()
    font.setFamilies(families[:1])
    raw = QRawFont.fromFont(font)
    ideographs = "".join(chr(code) for code in range(0x4E00, 0xA000))
    by_glyph: dict[int, str] = {}
    for char, glyph in zip(ideographs, raw.glyphIndexesForString(ideographs), strict=True):
        if glyph:
            by_glyph.setdefault(glyph, char)
    radicals = "".join(chr(code) for code in range(0x2E80, 0x2FE0))
    return {
        f"{ord(radical):04X}": f"{ord(by_glyph[glyph]):04X}"
        for radical, glyph in zip(radicals, raw.glyphIndexesForString(radicals), strict=True)
        if glyph and glyph in by_glyph
    }


def _fix_cjk_text_layer(path: Path) -> None:
    """Point the PDF's text layer at ideographs rather than look-alike radicals.

    Only the destination codes of the uncompressed ToUnicode maps change, each to a code of
    the same length, so every byte offset in the file stays valid.
    """
    data = path.read_bytes()
    sections = list(_TO_UNICODE_SECTION.finditer(data))
    if not sections:
        return
    replacements = radical_replacements()
    if not replacements:  # no CJK font installed: nothing drawn shares a radical's glyph
        return

    def fix_line(line: bytes) -> bytes:
        # A bfchar line is "<source> <target>", a bfrange line "<first> <last> [targets]"
        # or "<first> <last> <target>": only the targets are Unicode.
        codes = 1 if line.count(b"<") == 2 else 2
        head_end = 0
        for _ in range(codes):
            head_end = line.index(b">", head_end) + 1
        tail = _RADICAL_CODE.sub(
            lambda match: (
                b"<"
                + replacements.get(match.group(1).decode(), match.group(1).decode()).encode()
                + b">"
            ),
            line[head_end:],
        )
        return line[:head_end] + tail

    pieces: list[bytes] = []
    position = 0
    for section in sections:
        start, end = section.span(1)
        pieces.append(data[position:start])
        pieces.append(
            b"\n".join(
                fix_line(line) if b"<" in line else line for line in data[start:end].split(b"\n")
            )
        )
        position = end
    pieces.append(data[position:])
    fixed = b"".join(pieces)
    if fixed != data:
        path.write_bytes(fixed)


def print_with_preview(report: Report, parent: QWidget | None) -> None:
    """Show the print preview; printing goes to a printer, "Save as PDF..." to a file.

    The preview's page setup and orientation buttons change the printer's page layout, and
    the report is laid out again for it.
    """
    ReportPreviewDialog(report, parent).exec()


class ReportPreviewDialog(QPrintPreviewDialog):
    """The print preview of a report, with a "Save as PDF..." button on its toolbar."""

    def __init__(self, report: Report, parent: QWidget | None = None) -> None:
        # The dialog paints on this printer: it must live as long as the dialog.
        self.target_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.report = report
        printer = self.target_printer
        printer.setDocName(report.title)
        printer.setCreator(APP_NAME)
        if not QPrinterInfo.availablePrinterNames():
            # No printer installed: the preview still works, and printing writes a PDF.
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        if not report.decorated:
            printer.setFullPage(True)
        _prepare_device(report, printer, page_layout(report.page_setup))
        super().__init__(printer, parent)
        self.setWindowTitle(tr("Print preview: {title}").format(title=report.title))
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            self.save_action = toolbar.addAction(tr("Save as PDF..."))
            self.save_action.triggered.connect(self.save_as_pdf)
        self.paintRequested.connect(self._paint)

    def _paint(self, device: QPrinter) -> None:
        render(self.report, device, first=device.fromPage(), last=device.toPage())

    def current_setup(self) -> PageSetup:
        """The paper and orientation chosen in the preview."""
        return _setup_from_layout(self.target_printer.pageLayout(), self.report.page_setup)

    def save_as_pdf(self) -> None:
        from crm_desktop.ui.errors import show_error

        suggested = str(Path.home() / f"{_safe_file_name(self.report.title)}.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, tr("Save as PDF"), suggested, tr("PDF files (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            save_pdf(self.report, path, self.current_setup())
        except OSError as exc:
            QMessageBox.warning(
                self,
                tr("Save as PDF"),
                tr(
                    "The PDF could not be written to {path}: {reason}. Choose another folder."
                ).format(path=path, reason=exc.strerror or str(exc)),
            )
        except Exception as exc:  # a plain message for the user's errors, else the crash dialog
            show_error(self, exc)


def _setup_from_layout(layout: QPageLayout, fallback: PageSetup) -> PageSetup:
    """The PageSetup of a page layout chosen in the preview (its paper when we know it)."""
    size_id = layout.pageSize().id()
    name = next((key for key, value in PAGE_SIZES.items() if value == size_id), fallback.page_size)
    return PageSetup(
        page_size=name,
        landscape=layout.orientation() == QPageLayout.Orientation.Landscape,
        margins_mm=fallback.margins_mm,
    )


def _safe_file_name(title: str) -> str:
    cleaned = "".join("_" if char in '<>:"/\\|?*' else char for char in title).strip()
    return cleaned or "report"


__all__ = [
    "PAGE_SIZES",
    "Block",
    "FigureTiles",
    "FlowReport",
    "Heading",
    "KeyValues",
    "Line",
    "PageBreak",
    "PageContext",
    "PageSetup",
    "PaintError",
    "Paragraph",
    "Picture",
    "Report",
    "ReportPreviewDialog",
    "Spacer",
    "Table",
    "TableColumn",
    "company_name",
    "fit_widths",
    "flow",
    "page_layout",
    "print_with_preview",
    "render",
    "save_pdf",
    "wrap_text",
]
