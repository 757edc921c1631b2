#pragma once

#include <QColor>
#include <QString>

QT_BEGIN_NAMESPACE
class QLabel;
class QPalette;
QT_END_NAMESPACE

namespace Studio::Ui {

/// What the forms (compute forms, the submit dialog) share in how they show messages.
namespace FormStyle {

bool isDark(const QPalette &palette);
/// Message colours readable on the palette's window colour.
QColor errorColor(const QPalette &palette);
QColor warningColor(const QPalette &palette);
void setTextColor(QLabel *label, const QColor &color);
/// A field label as plain words for messages and accessible names: no mnemonic (also the
/// parenthesised one Korean labels have, "이름(&N):"), no trailing colon.
QString plainLabel(const QLabel *label);

} // namespace FormStyle

} // namespace Studio::Ui
