#include "metricschart.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>
#include <QValueAxis>

#include <limits>

using namespace Qt::StringLiterals;

namespace Studio::Ui {

namespace {

constexpr int chartColumns = 2;

} // namespace

MetricsChart::MetricsChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"metricsChart"_s);
    m_xChooser = new QComboBox;
    m_xChooser->setObjectName(u"xAxis"_s);
    m_xChooser->addItem(tr("Step"));
    m_xChooser->addItem(tr("Time"));
    m_xChooser->setToolTip(tr("What the horizontal axis shows: the step each value was logged "
                              "at, or when it was logged"));
    auto *xLabel = new QLabel(tr("&X axis:"));
    xLabel->setBuddy(m_xChooser);
    connect(m_xChooser, &QComboBox::currentIndexChanged, this,
            [this](int index) { setXAxis(index == 1 ? XAxis::Time : XAxis::Step); });

    m_empty = new QLabel(tr("No metrics logged yet. Metrics appear here as the run logs them "
                            "with mlflow.log_metric()."));
    m_empty->setObjectName(u"metricsEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    auto *content = new QWidget;
    m_grid = new QGridLayout(content);
    m_grid->setContentsMargins(0, 0, 0, 0);
    for (int column = 0; column < chartColumns; ++column)
        m_grid->setColumnStretch(column, 1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *bar = new QHBoxLayout;
    bar->addWidget(xLabel);
    bar->addWidget(m_xChooser);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_empty);
    layout->addWidget(scroll, 1);
    m_empty->show();
}

MetricsChart::~MetricsChart() = default;

QChart *MetricsChart::chart(const QString &key) const
{
    const auto it = m_charts.constFind(key);
    return it == m_charts.cend() ? nullptr : it->view->chart();
}

QLineSeries *MetricsChart::series(const QString &key, const QString &run) const
{
    const auto it = m_charts.constFind(key);
    return it == m_charts.cend() ? nullptr : it->series.value(run);
}

void MetricsChart::setXAxis(XAxis axis)
{
    if (axis == m_xAxis)
        return;
    m_xAxis = axis;
    {
        const QSignalBlocker block(m_xChooser);
        m_xChooser->setCurrentIndex(axis == XAxis::Time ? 1 : 0);
    }
    // The axes change type: make the charts again.
    for (auto it = m_charts.begin(); it != m_charts.end(); ++it) {
        QChart *c = it->view->chart();
        for (QAbstractAxis *a : c->axes(Qt::Horizontal)) {
            c->removeAxis(a);
            delete a;
        }
    }
    rebuild();
}

void MetricsChart::setRuns(const QList<RunMetrics> &runs)
{
    m_runs = runs;
    rebuild();
}

void MetricsChart::rebuild()
{
    QSet<QString> keys;
    for (const RunMetrics &r : std::as_const(m_runs)) {
        for (const Metric &m : r.metrics)
            keys.insert(m.key);
    }
    // Charts of metrics no run has any more go.
    for (auto it = m_charts.begin(); it != m_charts.end();) {
        if (keys.contains(it.key())) {
            ++it;
            continue;
        }
        m_grid->removeWidget(it->view);
        delete it->view;
        it = m_charts.erase(it);
    }
    bool added = false;
    for (const QString &key : std::as_const(keys)) {
        if (m_charts.contains(key))
            continue;
        Chart c;
        auto *chart = new QChart;
        chart->setTitle(key);
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setMargins(QMargins(4, 4, 4, 4));
        c.view = new QChartView(chart);
        c.view->setObjectName(u"chart-"_s + key);
        c.view->setRenderHint(QPainter::Antialiasing);
        c.view->setMinimumHeight(240);
        c.view->setAccessibleName(tr("Chart of %1").arg(key));
        m_charts.insert(key, c);
        added = true;
    }
    if (added) {
        // Keep the grid in key order.
        int i = 0;
        for (auto it = m_charts.begin(); it != m_charts.end(); ++it, ++i) {
            m_grid->removeWidget(it->view);
            m_grid->addWidget(it->view, i / chartColumns, i % chartColumns);
        }
    }
    for (auto it = m_charts.begin(); it != m_charts.end(); ++it)
        updateChart(it.key(), it.value());
    m_empty->setVisible(m_charts.isEmpty());
}

void MetricsChart::updateChart(const QString &key, Chart &chart)
{
    QChart *c = chart.view->chart();
    QSet<QString> present;
    double minX = std::numeric_limits<double>::max(), maxX = std::numeric_limits<double>::lowest();
    double minY = minX, maxY = maxX;
    for (const RunMetrics &r : std::as_const(m_runs)) {
        QList<QPointF> points;
        for (const Metric &m : r.metrics) {
            if (m.key != key)
                continue;
            const double x = m_xAxis == XAxis::Step ? double(m.step) : double(m.timestampMs);
            points.append(QPointF(x, m.value));
        }
        if (points.isEmpty())
            continue;
        std::stable_sort(points.begin(), points.end(),
                         [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
        for (const QPointF &p : std::as_const(points)) {
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
        present.insert(r.run);
        QLineSeries *s = chart.series.value(r.run);
        if (!s) {
            s = new QLineSeries;
            s->setName(r.label.isEmpty() ? r.run : r.label);
            c->addSeries(s);
            chart.series.insert(r.run, s);
        }
        s->setPointsVisible(points.size() < 60);
        if (s->points() != points)
            s->replace(points);
    }
    for (auto it = chart.series.begin(); it != chart.series.end();) {
        if (present.contains(it.key())) {
            ++it;
            continue;
        }
        c->removeSeries(it.value());
        delete it.value();
        it = chart.series.erase(it);
    }
    c->legend()->setVisible(chart.series.size() > 1);

    QAbstractAxis *x = c->axes(Qt::Horizontal).value(0);
    QValueAxis *y = qobject_cast<QValueAxis *>(c->axes(Qt::Vertical).value(0));
    if (!x) {
        if (m_xAxis == XAxis::Time) {
            auto *t = new QDateTimeAxis;
            t->setFormat(u"HH:mm:ss"_s);
            t->setTitleText(tr("Time"));
            x = t;
        } else {
            auto *v = new QValueAxis;
            v->setLabelFormat(u"%d"_s);
            v->setTitleText(tr("Step"));
            x = v;
        }
        c->addAxis(x, Qt::AlignBottom);
    }
    if (!y) {
        y = new QValueAxis;
        c->addAxis(y, Qt::AlignLeft);
    }
    for (QLineSeries *s : std::as_const(chart.series)) {
        if (!s->attachedAxes().contains(x))
            s->attachAxis(x);
        if (!s->attachedAxes().contains(y))
            s->attachAxis(y);
    }
    if (present.isEmpty())
        return;
    if (maxX <= minX)
        maxX = minX + 1;
    if (m_xAxis == XAxis::Time) {
        static_cast<QDateTimeAxis *>(x)->setRange(QDateTime::fromMSecsSinceEpoch(qint64(minX)),
                                                  QDateTime::fromMSecsSinceEpoch(qint64(maxX)));
    } else {
        static_cast<QValueAxis *>(x)->setRange(minX, maxX);
    }
    const double pad = maxY > minY ? (maxY - minY) * 0.05 : std::max(1.0, std::abs(maxY) * 0.1);
    y->setRange(minY - pad, maxY + pad);
}

} // namespace Studio::Ui
