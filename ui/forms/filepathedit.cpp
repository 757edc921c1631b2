#include "filepathedit.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Studio::Ui {

FilePathEdit::FilePathEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
{
    m_edit->setObjectName(u"path"_s);
    m_browse->setObjectName(u"browse"_s);
    m_browse->setAutoDefault(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &FilePathEdit::pathChanged);
    connect(m_browse, &QPushButton::clicked, this, &FilePathEdit::browse);
}

QString FilePathEdit::path() const
{
    return m_edit->text().trimmed();
}

void FilePathEdit::setPath(const QString &path)
{
    if (m_edit->text() != path)
        m_edit->setText(path);
}

void FilePathEdit::setDialogTitle(const QString &title)
{
    m_title = title;
}

void FilePathEdit::setNameFilters(const QStringList &filters)
{
    m_filters = filters;
}

void FilePathEdit::setStartDirectory(const QString &directory)
{
    m_startDirectory = directory;
}

void FilePathEdit::browse()
{
    QString start = m_startDirectory;
    if (!path().isEmpty())
        start = QFileInfo(path()).absolutePath();
    if (start.isEmpty() || !QFileInfo(start).isDir())
        start = QDir::homePath();
    auto *dialog = new QFileDialog(this, m_title.isEmpty() ? tr("Choose a file") : m_title, start);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    if (!m_filters.isEmpty())
        dialog->setNameFilters(m_filters);
    // Hidden folders such as ~/.ssh hold the files people pick here.
    dialog->setFilter(dialog->filter() | QDir::Hidden);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        setPath(QDir::toNativeSeparators(file));
        m_edit->setFocus();
    });
    dialog->open();
}

} // namespace Studio::Ui
