#pragma once

#include "core/spec/computespec.h"

#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QStackedWidget;
class QStandardItemModel;
class QTreeView;
QT_END_NAMESPACE

namespace Studio::Ui {

class VmSizeFilterModel;

/// Picks a VM size from the ones a provider offers: a sortable table (name, vCPUs, memory,
/// GPUs) with a filter above it. Selecting a row sets the size. When the provider offers no
/// list (any size goes), a line edit takes the size's name instead.
class VmSizePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VmSizePicker)

public:
    enum Column { Name, VCpus, Memory, Gpus, ColumnCount };

    explicit VmSizePicker(QWidget *parent = nullptr);

    void setSizes(const QList<VmSize> &sizes);
    QList<VmSize> sizes() const { return m_sizes; }
    /// Shows only sizes of this type (CPU: no GPUs); nullopt shows every size.
    void setVmTypeFilter(std::optional<VmType> type);

    QString currentSize() const { return m_current; }
    /// Selects `name` (case-insensitively) when listed; the name is kept either way.
    void setCurrentSize(const QString &name);
    std::optional<VmSize> currentVmSize() const;
    /// The smallest listed size of `type` (the provider lists smallest first).
    std::optional<VmSize> smallest(std::optional<VmType> type) const;

    // The forms' defaults. `type` nullopt: any size.
    /// Selects `name`, or when it is empty the smallest listed size of `type` (none listed:
    /// no size).
    void setCurrentSizeOrSmallest(const QString &name, std::optional<VmType> type);
    /// Selects the smallest listed size of `type` when the current size is not listed (the
    /// sizes came from another provider); keeps it when no size of `type` is listed.
    void selectSmallestIfUnlisted(std::optional<VmType> type);
    /// Shows only the sizes of `type`; a current size that is not one of them gives way to
    /// the smallest that is.
    void switchVmType(VmType type);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    QLineEdit *nameEdit() const { return m_nameEdit; }
    /// Rows the table shows now (after the filters).
    int visibleRowCount() const;

signals:
    void currentSizeChanged(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void setCurrentFromUser(const QString &name);
    void selectCurrentRow();
    void updateSummary();
    void fitTableHeight();

    QList<VmSize> m_sizes;
    QString m_current;
    bool m_selecting = false;
    QStackedWidget *m_stack = nullptr;     // Owned (child).
    QLineEdit *m_filter = nullptr;         // Owned (child).
    QTreeView *m_view = nullptr;           // Owned (child).
    QStandardItemModel *m_model = nullptr; // Owned (child).
    VmSizeFilterModel *m_proxy = nullptr;  // Owned (child).
    QLabel *m_summary = nullptr;           // Owned (child).
    QLineEdit *m_nameEdit = nullptr;       // Owned (child).
};

} // namespace Studio::Ui
