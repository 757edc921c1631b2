#include "computeform.h"

#include "choicebuttons.h"
#include "disclosurebutton.h"
#include "filepathedit.h"
#include "formstyle.h"
#include "formtexts.h"
#include "vmsizepicker.h"

#include "core/providers/provider.h"
#include "core/spec/specyaml.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Studio::Ui {

using namespace FormStyle;

ComputeForm::ComputeForm(QList<SpecType> types, QWidget *parent)
    : QDialog(parent)
    , m_types(std::move(types))
    , m_base(ComputeSpec::defaults(m_types.first()))
{
    setSizeGripEnabled(true);

    m_loadReport = new QLabel(this);
    m_loadReport->setObjectName(u"loadReport"_s);
    m_loadReport->setWordWrap(true);
    m_loadReport->setTextFormat(Qt::PlainText);
    m_loadReport->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_loadReport->setFrameShape(QFrame::StyledPanel);
    m_loadReport->setMargin(6);
    m_loadReport->setAutoFillBackground(true);
    m_loadReport->hide();

    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->hide();

    m_viewYaml = new QPushButton(tr("View &YAML"), this);
    m_viewYaml->setObjectName(u"viewYaml"_s);
    m_viewYaml->setToolTip(tr("Show the spec this form will send, as YAML (secrets left out)."));
    m_loadYaml = new QPushButton(tr("&Load YAML…"), this);
    m_loadYaml->setObjectName(u"loadYaml"_s);
    m_loadYaml->setToolTip(tr("Fill the form from a YAML spec file (the format "
                              "`cstudio compute export` writes)."));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"cancel"_s);
    m_cancel->setToolTip(tr("Close the form without creating anything (Esc)."));
    m_primary = new QPushButton(this);
    m_primary->setObjectName(u"primary"_s);
    m_primary->setDefault(true);
    for (QPushButton *b : {m_viewYaml, m_loadYaml, m_cancel})
        b->setAutoDefault(false);
    connect(m_viewYaml, &QPushButton::clicked, this, &ComputeForm::showYaml);
    connect(m_loadYaml, &QPushButton::clicked, this, &ComputeForm::chooseYamlFile);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_primary, &QPushButton::clicked, this, &ComputeForm::submit);

    m_body = new QVBoxLayout;
    m_body->setContentsMargins(0, 0, 0, 0);
    m_buttons = new QHBoxLayout;
    m_buttons->addWidget(m_viewYaml);
    m_buttons->addWidget(m_loadYaml);
    m_buttons->addStretch(1);
    m_buttons->addWidget(m_cancel);
    m_buttons->addWidget(m_primary);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_loadReport);
    layout->addLayout(m_body);
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addSpacing(4);
    layout->addLayout(m_buttons);
}

ComputeForm::~ComputeForm() = default;

void ComputeForm::initialize()
{
    // The buttons were made before the fields: put them last in the tab order.
    QList<QWidget *> buttons;
    for (int i = 0; i < m_buttons->count(); ++i) {
        if (QWidget *w = m_buttons->itemAt(i)->widget())
            buttons.append(w);
    }
    QWidget *last = nullptr;
    for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (!buttons.contains(w) && isAncestorOf(w) && w->focusPolicy() & Qt::TabFocus)
            last = w;
    }
    for (QWidget *button : std::as_const(buttons)) {
        if (last)
            setTabOrder(last, button);
        last = button;
    }

    ComputeSpec defaults = ComputeSpec::defaults(m_types.first());
    setSpec(defaults);
    resize(620, 0);
    fitToContents();
}

QFormLayout *ComputeForm::createFormLayout(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    return form;
}

ComputeForm::Field *ComputeForm::addField(QFormLayout *layout, const QString &label,
                                          QWidget *editor, const QString &toolTip,
                                          const QStringList &paths, const QString &hint)
{
    auto field = std::make_unique<Field>();
    field->paths = paths;
    field->layout = layout;
    field->editor = editor;
    field->label = new QLabel(label);
    field->label->setBuddy(editor);
    field->label->setToolTip(toolTip);
    field->label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    editor->setToolTip(toolTip);
    editor->setAccessibleName(plainLabel(field->label));
    editor->setAccessibleDescription(toolTip);
    // Line the label up with the editor's first line: the editor may be taller, and a form
    // layout gives a label up to 7/4 of its own height.
    const int lineHeight = QLineEdit().sizeHint().height();
    field->label->setFixedHeight(std::min(editor->sizeHint().height(), lineHeight));

    field->container = new QWidget;
    auto *box = new QVBoxLayout(field->container);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(editor);
    if (!hint.isEmpty()) {
        field->hint = new QLabel(hint);
        field->hint->setObjectName(u"hint"_s);
        field->hint->setWordWrap(true);
        field->hint->setEnabled(false); // the palette's quieter text
        field->hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        box->addWidget(field->hint);
    }
    field->message = new QLabel;
    field->message->setObjectName(u"message"_s);
    field->message->setWordWrap(true);
    field->message->setTextFormat(Qt::PlainText);
    field->message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    field->message->hide();
    box->addWidget(field->message);
    layout->addRow(field->label, field->container);

    m_fields.push_back(std::move(field));
    return m_fields.back().get();
}

QLabel *ComputeForm::addSectionTitle(QFormLayout *layout, const QString &title)
{
    auto *label = new QLabel(title);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    if (layout->rowCount() > 0)
        layout->addItem(new QSpacerItem(0, 6, QSizePolicy::Minimum, QSizePolicy::Fixed));
    layout->addRow(label);
    return label;
}

DisclosureButton *ComputeForm::addDisclosure(QFormLayout *layout, const QString &text,
                                             std::function<QList<Field *>()> fields)
{
    auto *button = new DisclosureButton(text);
    connect(button, &DisclosureButton::openChanged, this, [this, fields](bool open) {
        setFieldsVisible(fields(), open);
        markFieldsInView();
        refreshMessages();
        fitToContents();
    });
    layout->addRow(button);
    return button;
}

void ComputeForm::setFieldVisible(Field *field, bool visible)
{
    field->layout->setRowVisible(field->container, visible);
}

void ComputeForm::setFieldsVisible(const QList<Field *> &fields, bool visible)
{
    for (Field *f : fields)
        setFieldVisible(f, visible);
}

void ComputeForm::trackEdits(Field *field, QObject *source)
{
    auto edited = [this, field] {
        if (m_filling)
            return;
        if (field)
            field->touched = true;
        revalidate(true);
    };
    if (auto *lineEdit = qobject_cast<QLineEdit *>(source))
        connect(lineEdit, &QLineEdit::textChanged, this, edited);
    else if (auto *plainEdit = qobject_cast<QPlainTextEdit *>(source))
        connect(plainEdit, &QPlainTextEdit::textChanged, this, edited);
    else if (auto *spinBox = qobject_cast<QSpinBox *>(source))
        connect(spinBox, &QSpinBox::valueChanged, this, edited);
    else if (auto *comboBox = qobject_cast<QComboBox *>(source))
        connect(comboBox, &QComboBox::currentIndexChanged, this, edited);
    else if (auto *button = qobject_cast<QAbstractButton *>(source))
        connect(button, &QAbstractButton::toggled, this, edited);
    else if (auto *choice = qobject_cast<ChoiceButtons *>(source))
        connect(choice, &ChoiceButtons::currentIndexChanged, this, edited);
    else if (auto *pathEdit = qobject_cast<FilePathEdit *>(source))
        connect(pathEdit, &FilePathEdit::pathChanged, this, edited);
    else if (auto *picker = qobject_cast<VmSizePicker *>(source))
        connect(picker, &VmSizePicker::currentSizeChanged, this, edited);
    else
        qFatal("ComputeForm::trackEdits: unsupported editor %s", source->metaObject()->className());
}

QLineEdit *ComputeForm::addNameField(QFormLayout *layout, const QString &toolTip)
{
    m_name = new QLineEdit;
    m_name->setObjectName(u"name"_s);
    m_name->setPlaceholderText(tr("e.g. my-compute"));
    Field *f = addField(layout, tr("Compute &name:"), m_name, toolTip, {u"name"_s});
    trackEdits(f, m_name);
    return m_name;
}

QComboBox *ComputeForm::addProviderField(QFormLayout *layout)
{
    m_provider = new QComboBox;
    m_provider->setObjectName(u"provider"_s);
    const ProviderRegistry &registry = ProviderRegistry::instance();
    for (const QString &id : registry.ids()) {
        const Provider *p = registry.find(id);
        m_provider->addItem(p ? p->displayName() : id, id);
    }
    Field *f = addField(layout, tr("P&rovider:"), m_provider,
                        tr("The backend that creates this compute and runs work on it. "
                           "“local” is this machine and the default; a provider that cannot "
                           "back this kind of compute is named in a warning."),
                        {u"provider"_s});
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            providerChanged();
    });
    trackEdits(f, m_provider);
    return m_provider;
}

ComputeForm::NetworkFields ComputeForm::addNetworkFields(QFormLayout *layout,
                                                         const QString &resourceGroupLabel,
                                                         const QString &vnetLabel,
                                                         const QString &subnetLabel)
{
    NetworkFields n;
    n.resourceGroup = new QLineEdit;
    n.resourceGroup->setObjectName(u"resourceGroup"_s);
    trackEdits(addField(layout, resourceGroupLabel, n.resourceGroup, FormTexts::resourceGroup(),
                        {u"network_settings.resource_group"_s}),
               n.resourceGroup);
    n.vnet = new QLineEdit;
    n.vnet->setObjectName(u"vnet"_s);
    trackEdits(addField(layout, vnetLabel, n.vnet, FormTexts::virtualNetwork(),
                        {u"network_settings.vnet_name"_s}),
               n.vnet);
    n.subnet = new QLineEdit;
    n.subnet->setObjectName(u"subnet"_s);
    trackEdits(addField(layout, subnetLabel, n.subnet, FormTexts::subnet(),
                        {u"network_settings.subnet"_s}),
               n.subnet);
    return n;
}

NetworkSettings ComputeForm::NetworkFields::read() const
{
    NetworkSettings network;
    network.resourceGroup = resourceGroup->text().trimmed();
    network.vnetName = vnet->text().trimmed();
    network.subnet = subnet->text().trimmed();
    return network;
}

void ComputeForm::NetworkFields::write(const NetworkSettings &network) const
{
    resourceGroup->setText(network.resourceGroup);
    vnet->setText(network.vnetName);
    subnet->setText(network.subnet);
}

QString ComputeForm::currentProvider() const
{
    if (m_provider && m_provider->currentIndex() >= 0)
        return m_provider->currentData().toString();
    return m_base.provider;
}

QList<VmSize> ComputeForm::providerSizes(SpecType type) const
{
    const QString provider = currentProvider();
    const QString key = provider % u'/' % toKey(type);
    auto it = m_sizeCache.constFind(key);
    if (it != m_sizeCache.constEnd())
        return *it;
    QList<VmSize> sizes;
    if (const Provider *p = ProviderRegistry::instance().find(provider))
        sizes = p->sizes(type);
    m_sizeCache.insert(key, sizes);
    return sizes;
}

ComputeSpec ComputeForm::spec() const
{
    const SpecType type = currentType();
    ComputeSpec s = m_base.type() == type ? m_base : ComputeSpec::defaults(type);
    s.description = m_base.description;
    s.tags = m_base.tags;
    if (m_name)
        s.name = m_name->text();
    s.provider = currentProvider();
    readFields(s);
    return s;
}

void ComputeForm::setSpec(const ComputeSpec &spec)
{
    Q_ASSERT(m_types.contains(spec.type()));
    m_base = spec;
    m_filling = true;
    if (m_name)
        m_name->setText(spec.name);
    if (m_provider) {
        int index = m_provider->findData(spec.provider);
        if (index < 0) {
            // Not in this build: keep it, so validation and the operation can say so.
            m_provider->addItem(spec.provider, spec.provider);
            index = m_provider->count() - 1;
        }
        m_provider->setCurrentIndex(index);
    }
    providerChanged();
    writeFields(spec);
    m_filling = false;
    revalidate();
}

void ComputeForm::setExistingNames(const QStringList &names)
{
    m_existingNames = names;
    revalidate();
}

void ComputeForm::revalidate(bool edited)
{
    const ComputeSpec s = spec();
    const ValidationContext context{m_existingNames, providerSizes(s.type()), true};
    ValidationIssues issues = Validation::validate(s, context);
    if (issuesForField(issues, u"provider"_s).isEmpty()) {
        const QString refusal = ProviderRegistry::instance().refusal(s.provider, s.type());
        if (!refusal.isEmpty())
            issues.append({u"provider"_s, refusal, ValidationIssue::Severity::Warning});
    }
    if (edited) {
        m_submitError.clear();
        // An error the last edit caused in a field already in view is shown there at once;
        // fields the edit has just shown start fresh.
        for (const ValidationIssue &issue : std::as_const(issues)) {
            if (!issue.isError() || m_issues.contains(issue))
                continue;
            for (const auto &f : m_fields) {
                if (claims(f.get(), issue.field) && f->visibleWhenValidated)
                    f->touched = true;
            }
        }
    }
    markFieldsInView();
    m_issues = issues;
    refreshMessages();
    updateActions();
}

void ComputeForm::markFieldsInView()
{
    for (const auto &f : m_fields)
        f->visibleWhenValidated = f->container->isVisibleTo(this);
}

bool ComputeForm::claims(const Field *field, const QString &issueField)
{
    for (const QString &p : field->paths) {
        if (issueField == p || issueField.startsWith(QString(p % u'.'))
            || issueField.startsWith(QString(p % u'[')))
            return true;
    }
    return false;
}

bool ComputeForm::hasErrorsWithin(const QWidget *area) const
{
    for (const ValidationIssue &issue : m_issues) {
        if (!issue.isError())
            continue;
        for (const auto &f : m_fields) {
            if (claims(f.get(), issue.field) && area->isAncestorOf(f->container))
                return true;
        }
    }
    return false;
}

ComputeForm::Field *ComputeForm::visibleFieldFor(const QString &fieldPath) const
{
    Field *any = nullptr;
    for (const auto &f : m_fields) {
        if (!claims(f.get(), fieldPath))
            continue;
        if (f->container->isVisibleTo(const_cast<ComputeForm *>(this)))
            return f.get();
        if (!any)
            any = f.get();
    }
    return any;
}

void ComputeForm::refreshMessages()
{
    QHash<Field *, QList<const ValidationIssue *>> inline_;
    for (const ValidationIssue &issue : std::as_const(m_issues)) {
        for (const auto &f : m_fields) {
            if (!claims(f.get(), issue.field) || !f->container->isVisibleTo(this))
                continue;
            if (issue.isError() && !f->touched)
                continue;
            inline_[f.get()].append(&issue);
        }
    }
    for (const auto &f : m_fields) {
        const QList<const ValidationIssue *> issues = inline_.value(f.get());
        QStringList lines;
        bool error = false;
        for (const ValidationIssue *i : issues) {
            if (!lines.contains(i->message))
                lines.append(i->message);
            error = error || i->isError();
        }
        const bool hadMessage = !f->message->isHidden();
        const bool hadHint = f->hint && !f->hint->isHidden();
        f->message->setText(lines.join(u'\n'));
        f->message->setVisible(!lines.isEmpty());
        // The message says more than the hint (often the same rule with the numbers).
        if (f->hint)
            f->hint->setVisible(lines.isEmpty() && !f->hint->text().trimmed().isEmpty());
        // A form layout keeps a row's height for width until told: a row whose message or
        // hint came or went must be measured again, or it keeps the old height.
        if (hadMessage != !f->message->isHidden() || (f->hint && hadHint != !f->hint->isHidden())) {
            f->container->layout()->invalidate();
            f->container->updateGeometry();
            f->layout->invalidate();
        }
        if (!lines.isEmpty())
            setTextColor(f->message, error ? errorColor(palette()) : warningColor(palette()));
    }

    QStringList blocking;
    const QString html = statusHtml(&blocking);
    m_status->setText(html);
    m_status->setVisible(!html.isEmpty());
    if (isVisible())
        growToFit();
    m_primary->setToolTip(blocking.isEmpty() ? QString()
                                             : QString(tr("Not yet: fix these first.") % u'\n'
                                                       % blocking.join(u'\n')));
}

QString ComputeForm::statusHtml(QStringList *blocking) const
{
    QStringList lines;
    QStringList needed;
    if (!m_submitError.isEmpty())
        lines.append(u"<span style=\"color:%1\">%2</span>"_s.arg(errorColor(palette()).name(),
                                                                 m_submitError.toHtmlEscaped()));
    for (const ValidationIssue &issue : m_issues) {
        const Field *shownIn = nullptr;
        const Field *owner = nullptr;
        for (const auto &f : m_fields) {
            if (!claims(f.get(), issue.field))
                continue;
            if (!owner)
                owner = f.get();
            if (f->container->isVisibleTo(this)) {
                owner = f.get();
                if (!issue.isError() || f->touched)
                    shownIn = f.get();
                break;
            }
        }
        const QString where = owner ? plainLabel(owner->label) : issue.field;
        if (issue.isError())
            blocking->append(where.isEmpty() ? issue.message
                                             : QString(where % u": " % issue.message));
        if (shownIn)
            continue;
        if (owner && !owner->touched) {
            // Not touched yet: name it when in view; out of view (the next step) it waits.
            if (owner->container->isVisibleTo(this) && !needed.contains(where))
                needed.append(where);
            continue;
        }
        const QColor color = issue.isError() ? errorColor(palette()) : warningColor(palette());
        const QString text
            = where.isEmpty() ? issue.message : QString(where % u": " % issue.message);
        lines.append(
            u"<span style=\"color:%1\">%2</span>"_s.arg(color.name(), text.toHtmlEscaped()));
    }
    if (!needed.isEmpty())
        lines.append(tr("Still needed: %1.").arg(needed.join(u", "_s)).toHtmlEscaped());
    return lines.join(u"<br>"_s);
}

void ComputeForm::updateActions()
{
    m_primary->setEnabled(!hasErrors(m_issues));
}

void ComputeForm::setPrimaryText(const QString &text)
{
    m_primary->setText(text);
}

namespace {

// Wrapped messages need the height for the width they get, which sizeHint() ignores.
QSize contentsSize(QWidget *dialog)
{
    QLayout *layout = dialog->layout();
    layout->activate();
    const int w = std::max(dialog->width(), dialog->sizeHint().width());
    int h = dialog->sizeHint().height();
    if (layout->hasHeightForWidth())
        h = std::max(h, layout->totalHeightForWidth(w));
    return {w, h};
}

} // namespace

void ComputeForm::fitToContents()
{
    resize(contentsSize(this));
    m_fittedHeight = height();
}

void ComputeForm::growToFit()
{
    const QSize needed = contentsSize(this);
    if (needed.height() > height() || needed.width() > width()) {
        resize(needed.expandedTo(size()));
        m_fittedHeight = height();
    } else if (height() == m_fittedHeight
               && height() - needed.height() > 3 * fontMetrics().lineSpacing()) {
        // A message or section went away: give the room back, but do not jump for every
        // line a message gains or loses while typing.
        resize(width(), needed.height());
        m_fittedHeight = height();
    }
}

QList<ComputeForm::Field *> ComputeForm::allFields() const
{
    QList<Field *> list;
    for (const auto &f : m_fields)
        list.append(f.get());
    return list;
}

QLabel *ComputeForm::labelFor(const QString &fieldPath) const
{
    const Field *f = visibleFieldFor(fieldPath);
    return f ? f->label : nullptr;
}

QWidget *ComputeForm::editorFor(const QString &fieldPath) const
{
    const Field *f = visibleFieldFor(fieldPath);
    return f ? f->editor : nullptr;
}

QLabel *ComputeForm::messageLabelFor(const QString &fieldPath) const
{
    const Field *f = visibleFieldFor(fieldPath);
    return f ? f->message : nullptr;
}

QString ComputeForm::messageFor(const QString &fieldPath) const
{
    const QLabel *label = messageLabelFor(fieldPath);
    return label && !label->isHidden() ? label->text() : QString();
}

QList<std::pair<QLabel *, QWidget *>> ComputeForm::fields() const
{
    QList<std::pair<QLabel *, QWidget *>> list;
    for (const auto &f : m_fields)
        list.append({f->label, f->editor});
    return list;
}

void ComputeForm::submit()
{
    revalidate();
    if (hasErrors(m_issues)) {
        for (const auto &f : m_fields)
            f->touched = true;
        refreshMessages();
        return;
    }
    m_refused = false;
    m_submitError.clear();
    emit submitted(spec());
    if (m_refused) {
        refreshMessages();
        return;
    }
    accept();
}

void ComputeForm::refuseSubmission(const QString &message)
{
    m_refused = true;
    m_submitError = message;
    refreshMessages();
}

QDialog *ComputeForm::showYaml()
{
    const ComputeSpec s = spec();
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"yamlDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(s.name.isEmpty() ? tr("YAML") : tr("YAML of %1").arg(s.name));
    dialog->setSizeGripEnabled(true);

    auto *text = new QPlainTextEdit(dialog);
    text->setObjectName(u"yaml"_s);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(QString::fromUtf8(SpecYaml::write(s)));
    text->setAccessibleName(tr("YAML spec"));

    auto *note = new QLabel(tr("Save it as a .yml file to use it with `cstudio compute "
                               "create -f FILE` or Load YAML. Passwords, passphrases and "
                               "tokens are never included."),
                            dialog);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto *copy = new QPushButton(tr("&Copy"), dialog);
    copy->setObjectName(u"copy"_s);
    copy->setAutoDefault(false);
    auto *close = new QPushButton(tr("Close"), dialog);
    close->setDefault(true);
    connect(copy, &QPushButton::clicked, text, [text, copy] {
        QGuiApplication::clipboard()->setText(text->toPlainText());
        copy->setText(tr("Copied"));
    });
    connect(close, &QPushButton::clicked, dialog, &QDialog::accept);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(copy);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text, 1);
    layout->addWidget(note);
    layout->addLayout(buttons);
    dialog->resize(560, 440);
    dialog->open();
    return dialog;
}

void ComputeForm::chooseYamlFile()
{
    auto *dialog = new QFileDialog(this, tr("Load YAML"), QDir::homePath(),
                                   tr("YAML files (*.yml *.yaml);;All files (*)"));
    dialog->setObjectName(u"loadYamlDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ComputeForm::loadYamlFile);
    dialog->open();
}

bool ComputeForm::loadYamlFile(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    ValidationIssues parseIssues;
    const Result<ComputeSpec> parsed = SpecYaml::parseFile(path, &parseIssues);
    QStringList problems;
    for (const ValidationIssue &i : std::as_const(parseIssues))
        problems.append(u"• "_s + i.message);
    if (!parsed) {
        QString text = tr("Could not load %1: %2").arg(fileName, parsed.error().message);
        if (!parsed.error().detail.isEmpty())
            text += u'\n' + parsed.error().detail;
        if (!problems.isEmpty())
            text += u'\n' + problems.join(u'\n');
        showLoadReport(true, QString(text % u'\n' % tr("The form was left as it was.")));
        return false;
    }
    if (!m_types.contains(parsed->type())) {
        QStringList accepted;
        for (SpecType t : m_types)
            accepted.append(displayName(t).toLower());
        showLoadReport(true, tr("%1 describes a %2 (type: %3); this form is for %4. The form "
                                "was left as it was.")
                                 .arg(fileName, displayName(parsed->type()).toLower(),
                                      toKey(parsed->type()), accepted.join(u", "_s)));
        return false;
    }
    setSpec(*parsed);
    for (const auto &f : m_fields)
        f->touched = true;
    refreshMessages();
    if (problems.isEmpty()) {
        showLoadReport(false, tr("Loaded %1.").arg(fileName));
    } else {
        showLoadReport(true, QString(tr("Loaded %1, but some of it could not be used; the form "
                                        "shows the rest:")
                                         .arg(fileName)
                                     % u'\n' % problems.join(u'\n')));
    }
    return true;
}

void ComputeForm::showLoadReport(bool failed, const QString &text)
{
    QPalette p = m_loadReport->palette();
    if (failed) {
        p.setColor(QPalette::Window,
                   isDark(palette()) ? QColor(0x4a, 0x1f, 0x22) : QColor(0xfd, 0xe7, 0xe9));
        p.setColor(QPalette::WindowText, errorColor(palette()));
    } else {
        p.setColor(QPalette::Window, palette().color(QPalette::ToolTipBase));
        p.setColor(QPalette::WindowText, palette().color(QPalette::ToolTipText));
    }
    m_loadReport->setPalette(p);
    m_loadReport->setText(text);
    m_loadReport->show();
    fitToContents();
}

} // namespace Studio::Ui
