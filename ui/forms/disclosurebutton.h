#pragma once

#include <QToolButton>

namespace Studio::Ui {

/// "▸ Advanced settings": a flat button with an arrow that opens and closes a section.
/// Not a checkable button, so an open section does not look like a pressed button.
class DisclosureButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisclosureButton)

public:
    explicit DisclosureButton(const QString &text, QWidget *parent = nullptr);

    bool isOpen() const { return m_open; }
    void setOpen(bool open);

signals:
    void openChanged(bool open);

private:
    bool m_open = false;
};

} // namespace Studio::Ui
