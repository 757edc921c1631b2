#pragma once

#include "core/model/compute.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;
QT_END_NAMESPACE

namespace Studio {
class Workspace;
}

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
    /// The workspace the details panel reads nodes from (not owned).
    void setWorkspace(Workspace *workspace);
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
    /// The toolbar button of a lifecycle action: "start", "stop", "restart", "scale",
    /// "delete" (also detach on the attached tab), "submit" (a run, on instances and
    /// clusters); nullptr when this tab has none.
    QPushButton *actionButton(const QString &action)
    {
        ensureBuilt();
        return m_actions.value(action);
    }

    /// The compute selected in the list, if any.
    std::optional<ComputeRecord> currentCompute() const;
    /// Selects the compute `name` once it is in the list (now or after a later load).
    void selectCompute(const QString &name);
    /// Computes whose running operation this window started and can cancel.
    void setCancelableComputes(const QSet<QString> &names);

signals:
    void refreshRequested();
    void createRequested(Studio::ComputeKind kind);
    /// A toolbar action on the compute `name` (see actionButton()).
    void actionRequested(const QString &action, const QString &name);
    void cancelRequested(const QString &name);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void ensureBuilt();
    void showState();
    QWidget *createEmptyState();
    QWidget *createListState();
    void updateDetails();
    void updateActions();

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
    QHash<QString, QPushButton *> m_actions;  // Owned (children).
    QSet<QString> m_cancelable;
    Workspace *m_workspace = nullptr; // Not owned.
    QString m_pendingSelection;
    QWidget *m_emptyPage = nullptr; // Owned (child of m_stack).
    QWidget *m_listPage = nullptr;  // Owned (child of m_stack).
    bool m_loaded = false;
    bool m_isLoading = false;
    bool m_sized = false;
};

} // namespace Studio::Ui
