#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace Studio::Ui {

/// A path typed in, or chosen with Browse… (a non-modal file dialog).
class FilePathEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilePathEdit)

public:
    explicit FilePathEdit(QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    /// Title and filters of the file dialog, and the folder it starts in when no path is set.
    void setDialogTitle(const QString &title);
    void setNameFilters(const QStringList &filters);
    void setStartDirectory(const QString &directory);

    QLineEdit *lineEdit() const { return m_edit; }
    QPushButton *browseButton() const { return m_browse; }

signals:
    void pathChanged(const QString &path);

private:
    void browse();

    QLineEdit *m_edit = nullptr;     // Owned (child).
    QPushButton *m_browse = nullptr; // Owned (child).
    QString m_title;
    QStringList m_filters;
    QString m_startDirectory;
};

} // namespace Studio::Ui
