#include "placeholderpage.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Studio::Ui {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &iconPath,
                                 const QString &description, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(title);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    heading->setFont(f);

    auto *icon = new QLabel;
    icon->setPixmap(QIcon(iconPath).pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(description);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(heading);
    layout->addStretch(2);
    layout->addWidget(icon);
    // Centred by stretches, not by an alignment flag: an aligned word-wrapped label gets
    // its narrow size hint and a clipped height.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(text, 3);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(3);
}

} // namespace Studio::Ui
