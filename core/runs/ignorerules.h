#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Studio {

/// Which files of a source folder a snapshot leaves out, with gitignore semantics: blank and
/// `#` lines are skipped (`\#` is a literal `#`), `!` negates (`\!` a literal `!`), a
/// trailing `/` matches folders only, a leading or middle `/` anchors the pattern to the
/// folder of the ignore file (otherwise it matches a name at any depth below it), `*`, `?`,
/// `[a-z]`, `[!x]` and `**` (leading `**/`, middle `/**/`, trailing `/**`) are wildcards, and
/// the last matching line wins, a deeper ignore file over a shallower one.
///
/// Each folder's rules come from its `.amlignore` or, when it has none, its `.gitignore`
/// (as Azure ML does); they apply to that folder and below. A `.git` entry is always
/// ignored. As in git, nothing inside an ignored folder can be re-included.
///
/// Paths are relative to the root folder and '/'-separated. Cheap to copy.
class IgnoreRules
{
public:
    IgnoreRules() = default;

    /// The rules of `rootDir`'s own ignore file (none when it has neither file). Use
    /// loadDirectory() for the nested ones, or loadTree() to read them all.
    static IgnoreRules load(const QString &rootDir);
    /// The rules of every ignore file under `rootDir`, except in ignored folders.
    static IgnoreRules loadTree(const QString &rootDir);

    /// The ignore file that counts in `dir`: ".amlignore", ".gitignore", or empty for none.
    static QString ignoreFileName(const QString &dir);

    /// Adds the rules of `rootDir`/`relativeDir`'s ignore file, if it has one; returns
    /// whether it had.
    bool loadDirectory(const QString &rootDir, const QString &relativeDir);
    /// Adds rules as if `text` were the ignore file of `relativeDir` ("" for the root).
    void addRules(const QString &relativeDir, QStringView text);
    /// Drops the rules of the folder added last (walkers add on entering, drop on leaving).
    void removeLastDirectory();
    int directoryCount() const { return int(m_sets.size()); }

    /// Whether `relativePath` is left out, either itself or because a folder above it is.
    bool isIgnored(const QString &relativePath, bool isDir) const;
    /// Whether `relativePath` itself is left out, assuming no folder above it is (what a
    /// walker asks, since it does not enter ignored folders).
    bool isIgnoredEntry(QStringView relativePath, bool isDir) const;

    /// gitignore's wildmatch: `*`/`?`/`[...]` do not match '/', `**` between slashes matches
    /// any number of folders. Exposed for tests.
    static bool wildmatch(QStringView pattern, QStringView text);

private:
    struct Rule
    {
        QString pattern;
        bool negated = false;
        bool dirOnly = false;
        bool anchored = false; ///< matches the path below the base, else the last name
        bool literal = false;  ///< no wildcard: a plain comparison
        bool suffix = false;   ///< "*.ext" and the like: the name ends with the rest
    };
    struct RuleSet
    {
        QString base; ///< folder of the ignore file, relative; "" for the root
        int depth = 0;
        QList<Rule> rules;
    };

    static std::optional<Rule> parseLine(QStringView line);

    QList<RuleSet> m_sets; ///< shallow to deep
};

} // namespace Studio
