#pragma once

#include "core/runs/runrecord.h"

#include <QList>
#include <QMap>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineSeries;
QT_END_NAMESPACE

namespace Studio::Ui {

/// The metrics of one run or several: one chart per metric key, one line per run, with the
/// step or the time on the x axis. setRuns() again updates the charts in place.
class MetricsChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsChart)

public:
    enum class XAxis { Step, Time };

    /// One run's values: every metric it logged.
    struct RunMetrics
    {
        QString run;   ///< the run's name (identifies its series)
        QString label; ///< what the legend says (display name)
        QList<Metric> metrics;
    };

    explicit MetricsChart(QWidget *parent = nullptr);
    ~MetricsChart() override;

    void setRuns(const QList<RunMetrics> &runs);
    XAxis xAxis() const { return m_xAxis; }
    void setXAxis(XAxis axis);

    /// The metric keys with a chart, sorted.
    QStringList metricKeys() const { return m_charts.keys(); }
    QChart *chart(const QString &key) const;
    /// The series of `run` in the chart of `key`; nullptr when it has none.
    QLineSeries *series(const QString &key, const QString &run) const;
    QComboBox *xAxisChooser() const { return m_xChooser; }
    QLabel *emptyLabel() const { return m_empty; }

private:
    struct Chart
    {
        QChartView *view = nullptr;          // Owned (widget tree).
        QMap<QString, QLineSeries *> series; // Owned by the chart.
    };
    void rebuild();
    void updateChart(const QString &key, Chart &chart);

    QList<RunMetrics> m_runs;
    QMap<QString, Chart> m_charts;
    XAxis m_xAxis = XAxis::Step;
    QComboBox *m_xChooser = nullptr; // Owned (child).
    QLabel *m_empty = nullptr;       // Owned (child).
    QGridLayout *m_grid = nullptr;   // Owned (layout tree).
};

} // namespace Studio::Ui
