#pragma once

#include <QWidget>

namespace Studio::Ui {

/// A page that is not built yet and says what will be there.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    PlaceholderPage(const QString &title, const QString &iconPath, const QString &description,
                    QWidget *parent = nullptr);
};

} // namespace Studio::Ui
