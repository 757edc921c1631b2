#include "translations.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Studio {

QStringList availableLanguages()
{
    QStringList languages{u"en"_s};
    const QStringList files = QDir(u":/i18n"_s).entryList({u"computestudio_*.qm"_s});
    for (const QString &file : files)
        languages.append(file.mid(14, file.size() - 14 - 3)); // computestudio_XX.qm
    return languages;
}

QString installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    const QString lang = QLocale::languageToCode(locale.language());
    if (lang == u"en"_s || lang == u"C"_s || lang.isEmpty() || locale.language() == QLocale::C)
        return u"en"_s;

    auto *studio = new QTranslator(&app);
    if (studio->load(locale, u"computestudio"_s, u"_"_s, u":/i18n"_s)) {
        app.installTranslator(studio);
    } else {
        qCInfo(lcI18n) << "No studio translation for" << locale.name();
        delete studio;
        return u"en"_s;
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return lang;
}

} // namespace Studio
