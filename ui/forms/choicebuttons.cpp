#include "choicebuttons.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QRadioButton>

namespace Studio::Ui {

ChoiceButtons::ChoiceButtons(const QStringList &texts, QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        auto *button = new QRadioButton(texts.at(i), this);
        m_group->addButton(button, int(i));
        m_buttons.append(button);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    if (!m_buttons.isEmpty()) {
        m_buttons.first()->setChecked(true);
        setFocusProxy(m_buttons.first());
    }
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        setFocusProxy(m_buttons.at(id));
        emit currentIndexChanged(id);
    });
}

int ChoiceButtons::currentIndex() const
{
    return m_group->checkedId();
}

void ChoiceButtons::setCurrentIndex(int index)
{
    if (index >= 0 && index < m_buttons.size())
        m_buttons.at(index)->setChecked(true);
}

int ChoiceButtons::count() const
{
    return int(m_buttons.size());
}

QRadioButton *ChoiceButtons::button(int index) const
{
    return m_buttons.value(index);
}

} // namespace Studio::Ui
