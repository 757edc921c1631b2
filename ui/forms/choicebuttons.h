#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QButtonGroup;
class QRadioButton;
QT_END_NAMESPACE

namespace Studio::Ui {

/// A row of exclusive radio buttons (CPU / GPU, Dedicated / Low priority, …): one choice out
/// of a few, all visible at once. Arrow keys move between the buttons; Tab leaves the row.
class ChoiceButtons final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceButtons)

public:
    /// One button per text; texts may carry mnemonics ("&CPU").
    explicit ChoiceButtons(const QStringList &texts, QWidget *parent = nullptr);

    int currentIndex() const;
    void setCurrentIndex(int index);
    int count() const;
    QRadioButton *button(int index) const;

signals:
    void currentIndexChanged(int index);

private:
    QButtonGroup *m_group = nullptr; // Owned (child).
    QList<QRadioButton *> m_buttons; // Owned (children).
};

} // namespace Studio::Ui
