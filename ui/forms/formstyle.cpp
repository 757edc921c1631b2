#include "formstyle.h"

#include <QLabel>
#include <QPalette>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Studio::Ui::FormStyle {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x99, 0x99) : QColor(0xa4, 0x26, 0x2c);
}

QColor warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf2, 0xc6, 0x6d) : QColor(0x8a, 0x57, 0x00);
}

void setTextColor(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

QString plainLabel(const QLabel *label)
{
    QString text = label ? label->text() : QString();
    static const QRegularExpression bracketedMnemonic(u"\\(&[^)]\\)"_s);
    text.remove(bracketedMnemonic);
    text.remove(u'&');
    while (text.endsWith(u':'))
        text.chop(1);
    return text;
}

} // namespace Studio::Ui::FormStyle
