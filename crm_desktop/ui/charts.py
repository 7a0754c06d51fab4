"""Chart widgets for the reports tab and the analysis report, drawn with pyqtgraph.

Importing pyqtgraph takes most of a second, so nothing here imports it at module level: the
first chart built loads it (the reports tab builds its charts when it is first shown).

Every chart is a `ChartView`: a title, the plot, an empty-state line, values on hover (a
tooltip), a "Save as PNG..." action (context menu and button), and `sig_clicked(key)` when a
bar, point or funnel stage is clicked. Keys are whatever the caller put in its points (the
codes the customer list filter understands). `render_chart` paints any chart into a QImage
of a given size, also when it was never shown (the analysis report prints it that way).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QCursor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGraphicsPolygonItem,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui import i18n

# A calm palette that stays readable in print and for the common colour-vision deficiencies.
PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#9c755f")
LOST_COLOUR = "#bab0ac"
TEXT_COLOUR = "#333333"
BAR_WIDTH = 0.62
TICK_POINT_SIZE = 9
VALUE_POINT_SIZE = 8
LABEL_MAX_PX = 170  # the widest category label down the left of a horizontal chart


@dataclass(frozen=True)
class ChartPoint:
    """One bar or point: `key` goes back in `sig_clicked`, `label` names it on the axis."""

    key: str
    label: str
    value: float
    tooltip: str = ""
    value_text: str = ""  # written at the end of the bar; empty: none


@dataclass(frozen=True)
class FunnelStep:
    """One stage of a funnel: its width follows `count`; `detail` and `conversion` are text."""

    key: str
    label: str
    count: int
    detail: str
    conversion: str = ""  # conversion from the stage before, written between the two
    tooltip: str = ""
    set_apart: bool = False  # drawn below the funnel in grey (the lost deals)


def _pyqtgraph() -> Any:
    """pyqtgraph, imported and configured on first use (never at start-up)."""
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background="w", foreground=TEXT_COLOUR)
    return pg


@functools.cache
def _cjk_families() -> tuple[str, ...]:
    """The installed CJK families (asking the font database each time is slow)."""
    return tuple(i18n.cjk_families())


def chart_font(point_size: int = TICK_POINT_SIZE, bold: bool = False) -> QFont:
    """The UI font with the CJK families first, so Chinese labels never turn into boxes."""
    app = QApplication.instance()
    base = QFont(app.font()) if isinstance(app, QApplication) else QFont()
    font = QFont(base)
    font.setFamilies([*_cjk_families(), *base.families()])
    font.setPointSize(point_size)
    font.setBold(bold)
    return font


class ChartView(QWidget):
    """The frame every chart shares: title, plot, empty state, hover, click and PNG export."""

    sig_clicked = Signal(str)
    """Emitted with a point's key when its bar, point or stage is clicked."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pg = _pyqtgraph()
        self.title = title
        self.title_label = QLabel(title, self)
        self.title_label.setFont(chart_font(11, bold=True))
        self.save_button = QToolButton(self)
        self.save_button.setText(self.tr("Save as PNG..."))
        self.save_button.setAutoRaise(True)
        self.save_button.clicked.connect(self.save_png_dialog)
        self.act_save = QAction(self.tr("Save as PNG..."), self)
        self.act_save.triggered.connect(self.save_png_dialog)
        self.addAction(self.act_save)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.plot = pg.PlotWidget(self)
        self.plot.setMinimumHeight(220)
        self.plot.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.plot_item = self.plot.getPlotItem()
        self.plot_item.setMenuEnabled(False)
        self.plot_item.setMouseEnabled(x=False, y=False)
        self.plot_item.hideButtons()
        for name in ("left", "bottom"):
            axis = self.plot_item.getAxis(name)
            axis.setTickFont(chart_font())
            axis.setTextPen(QPen(QColor(TEXT_COLOUR)))
        self.empty_label = QLabel(self.tr("No data for this period and scope."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMinimumHeight(220)
        self.empty_label.hide()

        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.empty_label, 1)

        self.plot.scene().sigMouseMoved.connect(self._mouse_moved)
        self.plot.scene().sigMouseClicked.connect(self._mouse_clicked)
        self._keys: list[str] = []
        self._tooltips: list[str] = []
        self._text_pool: list[Any] = []
        self._shape_pool: list[QGraphicsPolygonItem] = []
        self._texts_used = 0
        self._shapes_used = 0

    # -- what subclasses provide ---------------------------------------------------------

    def index_at(self, x: float, y: float) -> int | None:
        """The point under the view coordinates (x, y), if any."""
        raise NotImplementedError

    # -- shared behaviour ----------------------------------------------------------------

    def keys(self) -> list[str]:
        return list(self._keys)

    def tooltip(self, index: int) -> str:
        return self._tooltips[index]

    def point_position(self, index: int) -> QPointF:
        """The view coordinates of a point's centre (tests click there)."""
        raise NotImplementedError

    def _set_empty(self, empty: bool) -> None:
        self.plot.setVisible(not empty)
        self.empty_label.setVisible(empty)

    def _view_point(self, scene_pos: QPointF) -> QPointF | None:
        view_box = self.plot_item.getViewBox()
        if not view_box.sceneBoundingRect().contains(scene_pos):
            return None
        point: QPointF = view_box.mapSceneToView(scene_pos)
        return point

    def _index_at_scene(self, scene_pos: QPointF) -> int | None:
        point = self._view_point(scene_pos)
        return None if point is None else self.index_at(point.x(), point.y())

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        index = self._index_at_scene(scene_pos)
        if index is None or not self._tooltips[index]:
            QToolTip.hideText()
            self.plot.viewport().unsetCursor()
            return
        self.plot.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(QCursor.pos(), self._tooltips[index], self.plot)

    def _mouse_clicked(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index = self._index_at_scene(event.scenePos())
        if index is not None:
            self.click(index)

    def click(self, index: int) -> None:
        """Act as if the point at `index` was clicked."""
        self.sig_clicked.emit(self._keys[index])

    def scene_position(self, index: int) -> QPointF:
        """Where a point's centre is in the plot's scene (for clicking it in tests)."""
        position: QPointF = self.plot_item.getViewBox().mapViewToScene(self.point_position(index))
        return position

    def save_png(self, path: str, width: int = 0, height: int = 0) -> bool:
        """Write the chart (title included) to a PNG; the on-screen size unless given."""
        size = self.size()
        image = render_chart(
            self, width or max(size.width(), 480), height or max(size.height(), 300)
        )
        return image.save(path)

    def save_png_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart as PNG"), f"{self.title}.png", self.tr("PNG image (*.png)")
        )
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        if not self.save_png(path):
            from crm_desktop.ui.errors import show_error

            show_error(
                self,
                OSError(
                    self.tr(
                        "The chart could not be saved to {path}. Choose a folder you may write to."
                    ).format(path=path)
                ),
            )

    # Adding and removing pyqtgraph items is slow (a few ms each): a redraw reuses the
    # text and shape items of the last one and hides what it no longer needs.

    def _begin_drawing(self) -> None:
        self._texts_used = 0
        self._shapes_used = 0

    def _end_drawing(self) -> None:
        for text in self._text_pool[self._texts_used :]:
            text.hide()
        for shape in self._shape_pool[self._shapes_used :]:
            shape.hide()

    def _text(
        self,
        text: str,
        x: float,
        y: float,
        anchor: tuple[float, float],
        colour: str = TEXT_COLOUR,
        point_size: int = VALUE_POINT_SIZE,
        bold: bool = False,
    ) -> None:
        if self._texts_used == len(self._text_pool):
            item = _pyqtgraph().TextItem()
            self.plot_item.addItem(item)
            self._text_pool.append(item)
        item = self._text_pool[self._texts_used]
        self._texts_used += 1
        item.setText(text, color=colour)
        item.setAnchor(anchor)
        item.setFont(chart_font(point_size, bold))
        item.setPos(x, y)
        item.show()

    def _shape(self, polygon: QPolygonF, colour: str) -> None:
        if self._shapes_used == len(self._shape_pool):
            shape = QGraphicsPolygonItem()
            shape.setPen(QPen(QColor("white"), 0))
            self.plot_item.addItem(shape)
            self._shape_pool.append(shape)
        shape = self._shape_pool[self._shapes_used]
        self._shapes_used += 1
        shape.setPolygon(polygon)
        shape.setBrush(QBrush(QColor(colour)))
        shape.show()


class BarChart(ChartView):
    """Bars by category, vertical (categories along the bottom) or horizontal (down the left)."""

    def __init__(self, title: str, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.horizontal = horizontal
        self._values: list[float] = []
        self._bars: Any = None
        self.plot_item.showGrid(x=horizontal, y=not horizontal, alpha=0.15)
        if horizontal:
            self.plot_item.invertY(True)  # the first point at the top, like a ranking

    def values(self) -> list[float]:
        return list(self._values)

    def set_points(self, points: Sequence[ChartPoint]) -> None:
        self._keys = [p.key for p in points]
        self._tooltips = [p.tooltip for p in points]
        self._values = [float(p.value) for p in points]
        self._set_empty(not points or not any(self._values))
        self._begin_drawing()
        if not points:
            self._end_drawing()
            return
        positions = list(range(len(points)))
        if self.horizontal:
            shape = {"x0": 0, "y": positions, "width": self._values, "height": BAR_WIDTH}
        else:
            shape = {"x": positions, "height": self._values, "width": BAR_WIDTH}
        if self._bars is None:
            self._bars = _pyqtgraph().BarGraphItem(brush=PALETTE[0], pen=None, **shape)
            self.plot_item.addItem(self._bars)
        else:
            self._bars.setOpts(**shape)
        category_axis = self.plot_item.getAxis("left" if self.horizontal else "bottom")
        if self.horizontal:
            # Long names (customers) are cut with an ellipsis, and the axis is made as wide as
            # the longest one: pyqtgraph would drop labels wider than its space.
            metrics = QFontMetrics(chart_font())
            names = [
                metrics.elidedText(p.label, Qt.TextElideMode.ElideRight, LABEL_MAX_PX)
                for p in points
            ]
            category_axis.setWidth(max(metrics.horizontalAdvance(n) for n in names) + 16)
        else:
            names = [p.label for p in points]
        category_axis.setTicks([list(enumerate(names))])
        value_axis = self.plot_item.getAxis("bottom" if self.horizontal else "left")
        value_axis.setTicks(None)
        top = max(self._values)
        bottom = min(0.0, *self._values)
        for i, p in enumerate(points):
            if not p.value_text:
                continue
            if self.horizontal:
                self._text(p.value_text, p.value, i, (0.0, 0.5))
            else:
                self._text(p.value_text, i, p.value, (0.5, 1.0))
        self._end_drawing()
        span = (top - bottom) or 1.0
        # Room past the longest bar for its value text.
        value_range = (bottom, top + span * (0.3 if self.horizontal else 0.15))
        category_range = (-0.6, len(points) - 0.4)
        if self.horizontal:
            self.plot_item.setRange(xRange=value_range, yRange=category_range, padding=0)
        else:
            self.plot_item.setRange(xRange=category_range, yRange=value_range, padding=0)

    def index_at(self, x: float, y: float) -> int | None:
        category, value = (y, x) if self.horizontal else (x, y)
        index = round(category)
        if not 0 <= index < len(self._values) or abs(category - index) > BAR_WIDTH / 2:
            return None
        low, high = sorted((0.0, self._values[index]))
        # A zero or tiny bar is still hit anywhere in its column.
        if high - low < 1e-9 or low <= value <= high:
            return index
        return None

    def point_position(self, index: int) -> QPointF:
        half = self._values[index] / 2
        return QPointF(half, index) if self.horizontal else QPointF(index, half)


class LineChart(ChartView):
    """A trend: one value per category (month), joined by a line, with round markers."""

    def __init__(
        self, title: str, y_range: tuple[float, float] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.y_range = y_range
        self._values: list[float] = []
        self._line: Any = None
        self.plot_item.showGrid(x=False, y=True, alpha=0.15)

    def values(self) -> list[float]:
        return list(self._values)

    def set_points(self, points: Sequence[ChartPoint]) -> None:
        self._keys = [p.key for p in points]
        self._tooltips = [p.tooltip for p in points]
        self._values = [float(p.value) for p in points]
        self._set_empty(not points)
        self._begin_drawing()
        if not points:
            self._end_drawing()
            return
        positions = list(range(len(points)))
        if self._line is None:
            pg = _pyqtgraph()
            self._line = self.plot_item.plot(
                pen=pg.mkPen(PALETTE[0], width=2),
                symbol="o",
                symbolSize=8,
                symbolBrush=PALETTE[0],
                symbolPen="w",
            )
        self._line.setData(positions, self._values)
        self.plot_item.getAxis("bottom").setTicks([[(i, p.label) for i, p in enumerate(points)]])
        for i, p in enumerate(points):
            if p.value_text:
                self._text(p.value_text, i, p.value, (0.5, 1.3))
        self._end_drawing()
        low, high = self.y_range or (min(0.0, *self._values), max(self._values) or 1.0)
        self.plot_item.setRange(
            xRange=(-0.5, len(points) - 0.5), yRange=(low, high + (high - low) * 0.12), padding=0
        )

    def index_at(self, x: float, y: float) -> int | None:
        index = round(x)
        return index if 0 <= index < len(self._values) and abs(x - index) < 0.35 else None

    def point_position(self, index: int) -> QPointF:
        return QPointF(index, self._values[index])


class GroupedBarChart(ChartView):
    """Several series side by side per category (e.g. staff members), with a legend."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._series: list[tuple[str, list[float]]] = []
        self._bars: list[Any] = []
        self.plot_item.showGrid(x=False, y=True, alpha=0.15)
        # Removing the bars (PlotItem.clear) removes their legend entries too.
        self.plot_item.addLegend(offset=(-10, 10), labelTextSize="9pt")

    def series(self) -> list[tuple[str, list[float]]]:
        return [(name, list(values)) for name, values in self._series]

    def set_groups(
        self, categories: Sequence[ChartPoint], series: Sequence[tuple[str, Sequence[float]]]
    ) -> None:
        """`categories` name the groups (their value is unused); each series has one value
        per category."""
        self._keys = [c.key for c in categories]
        self._tooltips = [c.tooltip for c in categories]
        self._series = [(name, [float(v) for v in values]) for name, values in series]
        has_values = any(v for _, values in self._series for v in values)
        self._set_empty(not categories or not has_values)
        if not categories or not self._series:
            return
        names = [name for name, _ in self._series]
        if [bars.name() for bars in self._bars] != names:
            self.plot_item.clear()
            self._bars = [
                _pyqtgraph().BarGraphItem(
                    x=[], height=[], width=1, brush=PALETTE[s % len(PALETTE)], pen=None, name=name
                )
                for s, name in enumerate(names)
            ]
            for bars in self._bars:
                self.plot_item.addItem(bars)
        width = 0.8 / len(self._series)
        for s, (_name, values) in enumerate(self._series):
            positions = [i - 0.4 + width * (s + 0.5) for i in range(len(categories))]
            self._bars[s].setOpts(x=positions, height=values, width=width * 0.9)
        self.plot_item.getAxis("bottom").setTicks(
            [[(i, c.label) for i, c in enumerate(categories)]]
        )
        top = max((v for _, values in self._series for v in values), default=0.0) or 1.0
        # Headroom for the legend in the top corner.
        self.plot_item.setRange(
            xRange=(-0.6, len(categories) - 0.4), yRange=(0, top * 1.35), padding=0
        )

    def index_at(self, x: float, y: float) -> int | None:
        index = round(x)
        return index if 0 <= index < len(self._keys) and abs(x - index) <= 0.45 else None

    def point_position(self, index: int) -> QPointF:
        return QPointF(index, 0.01)


class FunnelChart(ChartView):
    """A sales funnel: one trapezoid per stage, its width by count, narrowing stage to stage.

    Each stage shows its name and count inside, its detail (e.g. the amount) on the right,
    and the conversion from the stage above between the two. Stages `set_apart` (lost deals)
    are drawn in grey below the funnel.
    """

    STAGE_HEIGHT = 0.82

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._steps: list[FunnelStep] = []
        self._polygons: list[QPolygonF] = []
        for name in ("left", "bottom"):
            self.plot_item.hideAxis(name)
        self.plot_item.invertY(True)

    def steps(self) -> list[FunnelStep]:
        return list(self._steps)

    def set_steps(self, steps: Sequence[FunnelStep]) -> None:
        self._steps = list(steps)
        self._keys = [s.key for s in steps]
        self._tooltips = [s.tooltip for s in steps]
        self._polygons = []
        self._set_empty(not steps or not any(s.count for s in steps))
        self._begin_drawing()
        if not steps:
            self._end_drawing()
            return
        largest = max((s.count for s in steps), default=0) or 1
        # Half widths: at least a sliver, so an empty stage is still visible and clickable.
        halves = [max(0.06, s.count / largest) for s in steps]
        funnel = [i for i, s in enumerate(steps) if not s.set_apart]
        for i, step in enumerate(steps):
            top_half = halves[i]
            following = [j for j in funnel if j > i]
            if step.set_apart or not following:
                bottom_half = top_half * 0.85
            else:
                bottom_half = min(top_half, halves[following[0]])
            y = i + (0.25 if step.set_apart else 0.0)
            polygon = QPolygonF(
                [
                    QPointF(-top_half, y),
                    QPointF(top_half, y),
                    QPointF(bottom_half, y + self.STAGE_HEIGHT),
                    QPointF(-bottom_half, y + self.STAGE_HEIGHT),
                ]
            )
            self._polygons.append(polygon)
            colour = LOST_COLOUR if step.set_apart else PALETTE[funnel.index(i) % len(PALETTE)]
            self._shape(polygon, colour)
            middle = y + self.STAGE_HEIGHT / 2
            # White on a wide coloured stage; dark where the text spills past a narrow one.
            name_colour = "#ffffff" if top_half > 0.35 else TEXT_COLOUR
            self._text(
                f"{step.label}  {step.count}",
                0,
                middle,
                (0.5, 0.5),
                name_colour,
                TICK_POINT_SIZE,
                bold=True,
            )
            self._text(step.detail, 1.08, middle, (0.0, 0.5), TEXT_COLOUR, TICK_POINT_SIZE)
            if step.conversion:
                self._text(f"\u2193 {step.conversion}", -1.08, y, (1.0, 0.5), "#666666")
        self._end_drawing()
        bottom = len(steps) + (0.25 if steps[-1].set_apart else 0.0)
        self.plot_item.setRange(xRange=(-1.9, 2.6), yRange=(-0.15, bottom + 0.05), padding=0)

    def index_at(self, x: float, y: float) -> int | None:
        point = QPointF(x, y)
        for i, polygon in enumerate(self._polygons):
            if polygon.containsPoint(point, Qt.FillRule.OddEvenFill):
                return i
        return None

    def point_position(self, index: int) -> QPointF:
        return self._polygons[index].boundingRect().center()


def render_chart(chart: ChartView, width: int, height: int) -> QImage:
    """Paint a chart (title included) into a white QImage of `width` x `height` pixels.

    Works for a chart that was never shown: pending layouts are activated first, since a
    plot laid out only on show would otherwise lose its axes.
    """
    was_size = chart.size()
    chart.resize(width, height)
    layout = chart.layout()
    if layout is not None:
        layout.activate()
    chart.plot_item.layout.activate()
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    chart.render(painter, QPoint(0, 0))
    painter.end()
    if chart.isVisible():
        chart.resize(was_size)
    return image
