#pragma once

#include "core/spec/computespec.h"
#include "core/spec/validation.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;
QT_END_NAMESPACE

namespace Studio::Ui {

class DisclosureButton;

/// The base of the create and attach forms. A form edits one ComputeSpec: on every edit it
/// builds the spec from its fields, runs Validation::validate (the same rules and words as
/// `cstudio compute validate`) and shows each issue next to the field it is about — errors
/// in red, warnings (a name already in use, a provider that cannot back the type) in amber.
/// The primary button (Create, Attach) is enabled while there are no errors; warnings never
/// disable it: the operation itself refuses what a warning announces, and the page may call
/// refuseSubmission() to keep the form open with that message.
///
/// Errors of a field the user has not touched yet (a required name on a fresh form, the
/// fields a switch just showed) are not shown in red next to it; the line above the buttons
/// names those fields instead. An error an edit causes in a field already in view is shown at
/// once. Issues of touched fields out of sight (a collapsed section, the other step) are
/// listed above the buttons in full; the primary button's tooltip lists every error.
///
/// A form is a dialog: open it with open() (never exec()); Esc cancels.
class ComputeForm : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComputeForm)

public:
    ~ComputeForm() override;

    /// The spec the fields describe now. Values the form has no field for (description,
    /// tags, schedules, …) are those of the last setSpec().
    ComputeSpec spec() const;
    /// Fills the fields from `spec` (its type must be one of acceptedTypes()).
    void setSpec(const ComputeSpec &spec);
    /// Names already used in the workspace: reusing one is a warning.
    void setExistingNames(const QStringList &names);
    QStringList existingNames() const { return m_existingNames; }
    /// The spec types this form edits (one, or every attachable type).
    QList<SpecType> acceptedTypes() const { return m_types; }

    /// The issues of spec() as of the last edit.
    const ValidationIssues &issues() const { return m_issues; }

    QPushButton *primaryButton() const { return m_primary; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *viewYamlButton() const { return m_viewYaml; }
    QPushButton *loadYamlButton() const { return m_loadYaml; }
    /// Above the buttons: issues not shown next to a visible field, and fields still needed.
    QLabel *statusLabel() const { return m_status; }
    /// Above the fields: the result of the last Load YAML.
    QLabel *loadReport() const { return m_loadReport; }

    /// The label, editor and message of the field that shows the issues of `fieldPath`
    /// ("name", "ssh_settings.admin_password", …); the visible one when several do.
    QLabel *labelFor(const QString &fieldPath) const;
    QWidget *editorFor(const QString &fieldPath) const;
    QLabel *messageLabelFor(const QString &fieldPath) const;
    /// The text shown next to that field now; empty when none.
    QString messageFor(const QString &fieldPath) const;
    /// Every field's label and editor, in order (each has a tooltip saying what it means).
    QList<std::pair<QLabel *, QWidget *>> fields() const;

    /// Opens a window with SpecYaml::write(spec()) (secrets left out) and a Copy button.
    QDialog *showYaml();
    /// Asks for a YAML file (a non-modal file dialog) and loads it.
    void chooseYamlFile();
    /// Fills the form from a YAML file. On failure (unreadable, not YAML, another kind of
    /// compute) the form is left as it was and loadReport() says why.
    bool loadYamlFile(const QString &path);

    /// Called from a slot connected to submitted(): keeps the form open and shows `message`
    /// (e.g. the operation refused the spec).
    void refuseSubmission(const QString &message);

signals:
    /// The primary button was pressed with a spec that has no errors.
    void submitted(const Studio::ComputeSpec &spec);

protected:
    /// One labelled editor with its tooltip, an optional hint below it and the inline
    /// message of the issues whose field path is one of `paths` (or below one of them).
    struct Field
    {
        QStringList paths;
        QFormLayout *layout = nullptr; // Not owned.
        QLabel *label = nullptr;       // Owned by the form (widget tree).
        QWidget *editor = nullptr;     // Owned by the form (widget tree).
        QWidget *container = nullptr;  // Owned by the form: editor, hint and message.
        QLabel *hint = nullptr;        // Owned by the form; may be null.
        QLabel *message = nullptr;     // Owned by the form.
        bool touched = false;
        bool visibleWhenValidated = false; ///< shown when the last validation ran
    };

    ComputeForm(QList<SpecType> types, QWidget *parent);

    /// The type of the spec the fields describe (the attach form's choice).
    virtual SpecType currentType() const { return m_types.first(); }
    /// Writes the fields into `spec`, which already has the right type.
    virtual void readFields(ComputeSpec &spec) const = 0;
    /// Fills the fields from `spec` (called with edits muted).
    virtual void writeFields(const ComputeSpec &spec) = 0;
    /// The provider changed: sizes may differ.
    virtual void providerChanged() {}
    /// After each validation: enables the buttons. The base enables the primary button.
    virtual void updateActions();

    /// Call at the end of the subclass's constructor: fills in the defaults.
    void initialize();

    QVBoxLayout *bodyLayout() const { return m_body; }
    QHBoxLayout *buttonLayout() const { return m_buttons; }
    /// A QFormLayout with the forms' spacing.
    static QFormLayout *createFormLayout(QWidget *parent = nullptr);

    Field *addField(QFormLayout *layout, const QString &label, QWidget *editor,
                    const QString &toolTip, const QStringList &paths, const QString &hint = {});
    /// A bold title spanning both columns.
    QLabel *addSectionTitle(QFormLayout *layout, const QString &title);
    /// A collapsed "Advanced settings"-style toggle spanning both columns; toggling it shows
    /// or hides `fields`.
    DisclosureButton *addDisclosure(QFormLayout *layout, const QString &text,
                                    std::function<QList<Field *>()> fields);
    void setFieldVisible(Field *field, bool visible);
    void setFieldsVisible(const QList<Field *> &fields, bool visible);
    /// Validates again on every change `source` reports (line edits, spin boxes, combo
    /// boxes, check boxes, ChoiceButtons, FilePathEdit, VmSizePicker, plain text edits).
    void trackEdits(Field *field, QObject *source);

    /// The compute name and provider fields, shared by every form.
    QLineEdit *addNameField(QFormLayout *layout, const QString &toolTip);
    QComboBox *addProviderField(QFormLayout *layout);

    /// The `network_settings` editors the instance, cluster and inference forms share.
    struct NetworkFields
    {
        QLineEdit *resourceGroup = nullptr; // Owned by the form (widget tree); likewise below.
        QLineEdit *vnet = nullptr;
        QLineEdit *subnet = nullptr;
        NetworkSettings read() const; ///< trimmed
        void write(const NetworkSettings &network) const;
    };
    /// Adds the resource group, virtual network and subnet rows; the labels carry each form's
    /// own mnemonics.
    NetworkFields addNetworkFields(QFormLayout *layout, const QString &resourceGroupLabel,
                                   const QString &vnetLabel, const QString &subnetLabel);

    /// Sizes the current provider offers for `type` (cached).
    QList<VmSize> providerSizes(SpecType type) const;
    QString currentProvider() const;

    bool isFilling() const { return m_filling; }
    /// Validates spec() and places the messages. `edited`: errors that were not there
    /// before count as touched (they are the result of what the user just did).
    void revalidate(bool edited = false);
    /// Places the current issues again (after fields were shown or hidden).
    void refreshMessages();
    /// The fields in view now count as seen: an error an edit causes in them shows at once.
    /// For changes of view that are not edits (opening a section, going to a step).
    void markFieldsInView();
    /// Fits the dialog's height to its contents (after rows were shown or hidden).
    void fitToContents();
    /// Grows the dialog when its contents need more room than it has; shrinks it when much
    /// room is left over, unless the user has resized it.
    void growToFit();
    /// Sets the primary button's text (Create, Attach) and accessible name.
    void setPrimaryText(const QString &text);

    QList<Field *> allFields() const;
    /// Whether `field` shows the issues of `issueField` (the same path or one below it).
    static bool claims(const Field *field, const QString &issueField);
    /// Whether an error belongs to a field inside `area` (a step of a form).
    bool hasErrorsWithin(const QWidget *area) const;

private:
    void submit();
    Field *visibleFieldFor(const QString &fieldPath) const;
    void showLoadReport(bool failed, const QString &text);
    QString statusHtml(QStringList *blocking) const;

    const QList<SpecType> m_types;
    ComputeSpec m_base;
    QStringList m_existingNames;
    ValidationIssues m_issues;
    std::vector<std::unique_ptr<Field>> m_fields;
    mutable QHash<QString, QList<VmSize>> m_sizeCache;
    bool m_filling = false;
    bool m_refused = false;
    int m_fittedHeight = -1; ///< the height the form last gave itself
    QString m_submitError;
    QLineEdit *m_name = nullptr;       // Owned (widget tree); may be null.
    QComboBox *m_provider = nullptr;   // Owned (widget tree); may be null.
    QLabel *m_loadReport = nullptr;    // Owned (child).
    QVBoxLayout *m_body = nullptr;     // Owned (layout tree).
    QLabel *m_status = nullptr;        // Owned (child).
    QHBoxLayout *m_buttons = nullptr;  // Owned (layout tree).
    QPushButton *m_viewYaml = nullptr; // Owned (child).
    QPushButton *m_loadYaml = nullptr; // Owned (child).
    QPushButton *m_cancel = nullptr;   // Owned (child).
    QPushButton *m_primary = nullptr;  // Owned (child).
};

} // namespace Studio::Ui
