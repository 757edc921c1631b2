#pragma once

#include "core/model/compute.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;
QT_END_NAMESPACE

namespace Studio::Ui {

class ComputeDetailsPanel;
class ComputeListModel;

/// One tab of the Compute page: the list of one kind of compute with its details panel,
/// or, when there is none, a centred Create button with one line of explanation.
class ComputeTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComputeTab)

public:
    explicit ComputeTab(ComputeKind kind, QWidget *parent = nullptr);

    ComputeKind kind() const { return m_kind; }
    QString title() const;
    void setComputes(const QList<ComputeRecord> &computes);
    void setLoading(bool loading);
    /// A message above the list (e.g. what a button will do once it exists).
    void showNotice(const QString &text);

    bool isShowingEmptyState() const;
    ComputeListModel *model() const { return m_model; }
    QLabel *notice() const { return m_notice; }
    // The widgets of the empty and list states (built on first use).
    QTreeView *view()
    {
        ensureBuilt();
        return m_view;
    }
    ComputeDetailsPanel *detailsPanel()
    {
        ensureBuilt();
        return m_details;
    }
    QPushButton *createButton()
    {
        ensureBuilt();
        return m_createButton;
    }
    QPushButton *newButton()
    {
        ensureBuilt();
        return m_newButton;
    }
    QPushButton *refreshButton()
    {
        ensureBuilt();
        return m_refreshButton;
    }

signals:
    void refreshRequested();
    void createRequested(Studio::ComputeKind kind);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void ensureBuilt();
    void showState();
    QWidget *createEmptyState();
    QWidget *createListState();
    void updateDetails();

    const ComputeKind m_kind;
    ComputeListModel *m_model = nullptr;      // Owned (child).
    QSortFilterProxyModel *m_proxy = nullptr; // Owned (child).
    QStackedWidget *m_stack = nullptr;        // Owned (child).
    QTreeView *m_view = nullptr;              // Owned (child).
    ComputeDetailsPanel *m_details = nullptr; // Owned (child).
    QPushButton *m_createButton = nullptr;    // Owned (child).
    QPushButton *m_newButton = nullptr;       // Owned (child).
    QPushButton *m_refreshButton = nullptr;   // Owned (child).
    QLineEdit *m_filter = nullptr;            // Owned (child).
    QLabel *m_count = nullptr;                // Owned (child).
    QLabel *m_notice = nullptr;               // Owned (child).
    QLabel *m_loading = nullptr;              // Owned (child).
    QWidget *m_emptyPage = nullptr;           // Owned (child of m_stack).
    QWidget *m_listPage = nullptr;            // Owned (child of m_stack).
    bool m_loaded = false;
    bool m_isLoading = false;
    bool m_sized = false;
};

} // namespace Studio::Ui
