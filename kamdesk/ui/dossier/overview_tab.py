"""One account at a glance: tier and origin, revenue against plan, share, completeness, gaps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from kamdesk.services.overview import OverviewService
from kamdesk.ui.labels import label, money, percent


class OverviewTab(QScrollArea):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.text = QLabel()
        self.text.setObjectName("overview-text")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.text)
        column.addStretch(1)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)

    def load(self, account_id) -> None:
        o = OverviewService(self.context.db).overview(account_id, self.context.today())
        a = o.account
        tr = self.tr
        rows = [
            (tr("Tier"), label(a.tier)), (tr("Industry"), a.industry), (tr("Region"), a.region),
            (tr("City"), a.city), (tr("Lead source"), label(a.lead_source)),
            (tr("Website"), a.website),
        ]  # fmt: skip
        facts = "".join(f"<tr><td style='color:#666;padding-right:16px'>{k}</td><td>{v}</td></tr>"
                        for k, v in rows if v)  # fmt: skip
        parts = [f"<table>{facts}</table>", f"<h3>{tr('Numbers')}</h3>"]
        if o.year:
            attainment = percent(o.plan_attainment) if o.plan_attainment is not None else "—"
            currency = a.revenue[-1].currency if a.revenue else ""
            parts.append(
                f"<p><b>{o.year}</b>: {tr('plan')} {money(o.planned, currency) or '—'} · "
                f"{tr('actual')} {money(o.actual, currency) or '—'} · {tr('plan met')} "
                f"{attainment}<br>{tr('Share of our sales')}: <b>{percent(o.share)}</b></p>"
            )
        else:
            parts.append(f"<p>{tr('No revenue figures yet.')}</p>")
        if a.revenue:
            lines = "".join(
                f"<tr><td>{r.year}{' Q' + str(r.quarter) if r.quarter else ''}</td>"
                f"<td align=right style='padding-left:16px'>{money(r.planned, r.currency)}</td>"
                f"<td align=right style='padding-left:16px'>{money(r.actual, r.currency)}</td></tr>"
                for r in a.revenue[-8:]
            )
            parts.append(f"<table><tr><th align=left>{tr('Period')}</th><th>{tr('Planned')}</th>"
                         f"<th>{tr('Actual')}</th></tr>{lines}</table>")  # fmt: skip
        for warning in o.warnings:
            parts.append(f"<p style='color:#b3261e'><b>⚠ {warning}</b></p>")
        parts.append(f"<h3>{tr('Dossier')} {o.completeness.score} % {tr('complete')}</h3>")
        if o.completeness.missing:
            parts.append(
                "<ul>" + "".join(f"<li>{m}</li>" for m in o.completeness.missing) + "</ul>"
            )
        if o.uncovered_roles:
            roles = ", ".join(label(r) for r in o.uncovered_roles)
            parts.append(f"<p><b>{tr('Roles nobody covers')}:</b> {roles}</p>")
        if a.notes:
            parts.append(f"<h3>{tr('Notes')}</h3><p>{a.notes}</p>")
        self.text.setText("".join(parts))
