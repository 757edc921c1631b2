#include <QTest>

// Placeholder: being written (issue 4).
class Placeholder : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Placeholder)
#include "tst_snapshot.moc"
