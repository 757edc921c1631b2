#include "ignorerules.h"

#include "../util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

const QString amlignore = u".amlignore"_s;
const QString gitignore = u".gitignore"_s;

bool hasWildcard(QStringView pattern)
{
    for (const QChar c : pattern) {
        if (c == u'*' || c == u'?' || c == u'[' || c == u'\\')
            return true;
    }
    return false;
}

bool inPosixClass(QStringView name, QChar c)
{
    if (name == u"alnum")
        return c.isLetterOrNumber();
    if (name == u"alpha")
        return c.isLetter();
    if (name == u"digit")
        return c.isDigit();
    if (name == u"lower")
        return c.isLower();
    if (name == u"upper")
        return c.isUpper();
    if (name == u"space")
        return c.isSpace();
    if (name == u"blank")
        return c == u' ' || c == u'\t';
    if (name == u"punct")
        return c.isPunct() || c.isSymbol();
    if (name == u"xdigit")
        return c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f');
    if (name == u"cntrl")
        return c.category() == QChar::Other_Control;
    if (name == u"graph")
        return c.isPrint() && !c.isSpace();
    if (name == u"print")
        return c.isPrint();
    return false;
}

/// Matches `c` against the bracket expression starting at p[pi] == '['. Returns the index
/// just past its ']', or -1 when the expression is not closed (then nothing matches).
qsizetype matchClass(QStringView p, qsizetype pi, QChar c, bool *matched)
{
    qsizetype i = pi + 1;
    bool negate = false;
    if (i < p.size() && (p[i] == u'!' || p[i] == u'^')) {
        negate = true;
        ++i;
    }
    bool found = false;
    bool first = true;
    while (i < p.size()) {
        QChar lo = p[i];
        if (lo == u']' && !first)
            break;
        first = false;
        if (lo == u'[' && i + 1 < p.size() && p[i + 1] == u':') {
            const qsizetype end = p.indexOf(u":]"_s, i + 2);
            if (end >= 0) {
                if (inPosixClass(p.sliced(i + 2, end - i - 2), c))
                    found = true;
                i = end + 2;
                continue;
            }
        }
        if (lo == u'\\' && i + 1 < p.size())
            lo = p[++i];
        ++i;
        QChar hi = lo;
        if (i + 1 < p.size() && p[i] == u'-' && p[i + 1] != u']') {
            hi = p[i + 1];
            i += 2;
            if (hi == u'\\' && i < p.size())
                hi = p[i++];
        }
        if (c >= lo && c <= hi)
            found = true;
    }
    if (i >= p.size())
        return -1;
    *matched = found != negate && c != u'/';
    return i + 1;
}

bool wildmatchFrom(QStringView p, QStringView t)
{
    qsizetype pi = 0;
    qsizetype ti = 0;
    while (pi < p.size()) {
        const QChar c = p[pi];
        if (c == u'*') {
            const qsizetype star = pi;
            while (pi < p.size() && p[pi] == u'*')
                ++pi;
            const bool doubleStar = pi - star >= 2 && (star == 0 || p[star - 1] == u'/')
                                    && (pi == p.size() || p[pi] == u'/');
            if (doubleStar) {
                if (pi == p.size())
                    return true; // "x/**": everything inside
                // "**/": zero or more whole folders.
                const QStringView rest = p.sliced(pi + 1);
                for (qsizetype k = ti;;) {
                    if (wildmatchFrom(rest, t.sliced(k)))
                        return true;
                    k = t.indexOf(u'/', k);
                    if (k < 0)
                        return false;
                    ++k;
                }
            }
            const QStringView rest = p.sliced(pi);
            if (rest.isEmpty())
                return !t.sliced(ti).contains(u'/');
            for (qsizetype k = ti; k <= t.size(); ++k) {
                if (wildmatchFrom(rest, t.sliced(k)))
                    return true;
                if (k < t.size() && t[k] == u'/')
                    return false;
            }
            return false;
        }
        if (ti >= t.size())
            return false;
        if (c == u'?') {
            if (t[ti] == u'/')
                return false;
            ++pi;
            ++ti;
            continue;
        }
        if (c == u'[') {
            bool matched = false;
            const qsizetype next = matchClass(p, pi, t[ti], &matched);
            if (next < 0 || !matched)
                return false;
            pi = next;
            ++ti;
            continue;
        }
        if (c == u'\\' && pi + 1 < p.size())
            ++pi;
        if (p[pi] != t[ti])
            return false;
        ++pi;
        ++ti;
    }
    return ti == t.size();
}

QStringView lastName(QStringView path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? path : path.sliced(slash + 1);
}

void loadTreeInto(IgnoreRules &rules, const QString &rootDir, const QString &relativeDir)
{
    const QString dirPath = relativeDir.isEmpty() ? rootDir : rootDir + u'/' + relativeDir;
    const QFileInfoList dirs = QDir(dirPath).entryInfoList(
        QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks, QDir::Name);
    for (const QFileInfo &dir : dirs) {
        const QString relative
            = relativeDir.isEmpty() ? dir.fileName() : relativeDir + u'/' + dir.fileName();
        if (rules.isIgnoredEntry(relative, true))
            continue;
        rules.loadDirectory(rootDir, relative);
        loadTreeInto(rules, rootDir, relative);
    }
}

} // namespace

IgnoreRules IgnoreRules::load(const QString &rootDir)
{
    IgnoreRules rules;
    rules.loadDirectory(rootDir, {});
    return rules;
}

IgnoreRules IgnoreRules::loadTree(const QString &rootDir)
{
    IgnoreRules rules = load(rootDir);
    loadTreeInto(rules, rootDir, {});
    return rules;
}

QString IgnoreRules::ignoreFileName(const QString &dir)
{
    if (QFileInfo::exists(dir + u'/' + amlignore))
        return amlignore;
    if (QFileInfo::exists(dir + u'/' + gitignore))
        return gitignore;
    return {};
}

bool IgnoreRules::loadDirectory(const QString &rootDir, const QString &relativeDir)
{
    const QString dir = relativeDir.isEmpty() ? rootDir : rootDir + u'/' + relativeDir;
    const QString name = ignoreFileName(dir);
    if (name.isEmpty())
        return false;
    QFile file(dir + u'/' + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSnapshot) << "cannot read" << file.fileName() << file.errorString();
        return false;
    }
    addRules(relativeDir, QString::fromUtf8(file.readAll()));
    return true;
}

void IgnoreRules::addRules(const QString &relativeDir, QStringView text)
{
    RuleSet set;
    set.base = relativeDir;
    while (set.base.endsWith(u'/'))
        set.base.chop(1);
    set.depth = set.base.isEmpty() ? 0 : int(set.base.count(u'/')) + 1;
    for (QStringView line : text.tokenize(u'\n')) {
        if (std::optional<Rule> rule = parseLine(line))
            set.rules.append(std::move(*rule));
    }
    // Keep shallow before deep; equal depths in the order they came.
    qsizetype at = m_sets.size();
    while (at > 0 && m_sets[at - 1].depth > set.depth)
        --at;
    m_sets.insert(at, std::move(set));
}

void IgnoreRules::removeLastDirectory()
{
    if (!m_sets.isEmpty())
        m_sets.removeLast();
}

std::optional<IgnoreRules::Rule> IgnoreRules::parseLine(QStringView line)
{
    if (line.endsWith(u'\r'))
        line.chop(1);
    if (line.isEmpty() || line.startsWith(u'#'))
        return std::nullopt;
    // Trailing spaces do not count unless escaped ("\ ").
    while (line.endsWith(u' ') && !(line.size() >= 2 && line[line.size() - 2] == u'\\'))
        line.chop(1);
    Rule rule;
    if (line.startsWith(u'!')) {
        rule.negated = true;
        line = line.sliced(1);
    }
    if (line.endsWith(u'/')) {
        rule.dirOnly = true;
        while (line.endsWith(u'/'))
            line.chop(1);
    }
    if (line.isEmpty())
        return std::nullopt;
    rule.anchored = line.contains(u'/');
    if (line.startsWith(u'/'))
        line = line.sliced(1);
    if (line.isEmpty())
        return std::nullopt;
    rule.pattern = line.toString();
    rule.literal = !hasWildcard(line);
    rule.suffix = !rule.anchored && line.size() > 1 && line.startsWith(u'*')
                  && !hasWildcard(line.sliced(1));
    return rule;
}

bool IgnoreRules::wildmatch(QStringView pattern, QStringView text)
{
    return wildmatchFrom(pattern, text);
}

bool IgnoreRules::isIgnoredEntry(QStringView relativePath, bool isDir) const
{
    const QStringView name = lastName(relativePath);
    if (name == u".git")
        return true;
    for (auto set = m_sets.crbegin(); set != m_sets.crend(); ++set) {
        QStringView below = relativePath;
        if (!set->base.isEmpty()) {
            if (relativePath.size() <= set->base.size() || !relativePath.startsWith(set->base)
                || relativePath[set->base.size()] != u'/') {
                continue;
            }
            below = relativePath.sliced(set->base.size() + 1);
        }
        for (auto rule = set->rules.crbegin(); rule != set->rules.crend(); ++rule) {
            if (rule->dirOnly && !isDir)
                continue;
            const QStringView subject = rule->anchored ? below : name;
            const bool hit = rule->literal  ? subject == rule->pattern
                             : rule->suffix ? subject.endsWith(QStringView(rule->pattern).sliced(1))
                                            : wildmatchFrom(rule->pattern, subject);
            if (hit)
                return !rule->negated;
        }
    }
    return false;
}

bool IgnoreRules::isIgnored(const QString &relativePath, bool isDir) const
{
    for (qsizetype slash = relativePath.indexOf(u'/'); slash > 0;
         slash = relativePath.indexOf(u'/', slash + 1)) {
        if (isIgnoredEntry(QStringView(relativePath).first(slash), true))
            return true;
    }
    return isIgnoredEntry(relativePath, isDir);
}

} // namespace Studio
