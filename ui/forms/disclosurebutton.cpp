#include "disclosurebutton.h"

namespace Studio::Ui {

DisclosureButton::DisclosureButton(const QString &text, QWidget *parent)
    : QToolButton(parent)
{
    setText(text);
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setArrowType(Qt::RightArrow);
    QFont f = font();
    f.setBold(true);
    setFont(f);
    connect(this, &QToolButton::clicked, this, [this] { setOpen(!m_open); });
}

void DisclosureButton::setOpen(bool open)
{
    if (open == m_open)
        return;
    m_open = open;
    setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    setAccessibleDescription(open ? tr("Expanded") : tr("Collapsed"));
    emit openChanged(open);
}

} // namespace Studio::Ui
