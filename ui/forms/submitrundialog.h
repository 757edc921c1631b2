#pragma once

#include "core/model/compute.h"
#include "core/runs/runrecord.h"
#include "core/spec/validation.h"

#include <QDialog>
#include <QHash>

QT_BEGIN_NAMESPACE
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
QT_END_NAMESPACE

namespace Studio {
class Workspace;
}

namespace Studio::Ui {

class FilePathEdit;

/// Submits a run: source folder, command and arguments, environment, target compute,
/// limits, distribution (clusters), experiment and display name. As the compute forms do,
/// it validates on every edit and shows each message next to its field (once the field has
/// been touched; the line above the buttons names fields still needed); Submit is enabled
/// only without errors. View YAML shows the job as `cstudio job create -f` reads it; Load
/// YAML fills the form from such a file. Submitting runs on the workspace's pool; a refusal
/// is shown and the form stays as it was.
///
/// Open it with open() (never exec()).
class SubmitRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmitRunDialog)

public:
    explicit SubmitRunDialog(Workspace *workspace, QWidget *parent = nullptr); // Not owned.
    ~SubmitRunDialog() override;

    /// Selects the compute `name` (now, or once the computes are read).
    void setTarget(const QString &name);
    QString target() const;
    void setSourceFolder(const QString &path);

    /// The run the fields describe now. Values the form has no field for (inputs, outputs,
    /// variables, tags, …) are those of the last loaded YAML.
    RunSpec spec() const;
    /// Fills the fields from `spec`.
    void setSpec(const RunSpec &spec);
    /// The issues of spec() as of the last edit; field paths: code, command, arguments,
    /// environment, compute, distribution, limits, experiment_name, display_name.
    const ValidationIssues &issues() const { return m_issues; }
    /// The message shown next to the field of `path` now (empty: none or not yet shown).
    QString messageFor(const QString &path) const;
    /// Marks every field touched, so each error shows next to its field.
    void touchAll();

    /// JobYaml::write(spec()).
    QString yamlText() const;
    /// Opens a window with yamlText() and a Copy button.
    QDialog *showYaml();
    /// Fills the form from a job YAML file; on failure the form is unchanged and
    /// loadReport() says why.
    bool loadYamlFile(const QString &path);

    bool hasTargets() const { return m_targetsLoaded; }
    bool isSubmitting() const { return m_submitting; }

    QLineEdit *sourceEdit() const { return m_source; }
    QLineEdit *commandEdit() const { return m_command; }
    QLineEdit *argumentsEdit() const { return m_arguments; }
    QComboBox *environmentKind() const { return m_envKind; }
    FilePathEdit *interpreterEdit() const { return m_interpreter; }
    QComboBox *curatedChooser() const { return m_curated; }
    FilePathEdit *requirementsEdit() const { return m_requirements; }
    QComboBox *targetChooser() const { return m_target; }
    QSpinBox *maxDuration() const { return m_maxMinutes; }
    QSpinBox *instanceCount() const { return m_instances; }
    QSpinBox *processCount() const { return m_processes; }
    QComboBox *experimentEdit() const { return m_experiment; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *viewYamlButton() const { return m_viewYaml; }
    QPushButton *loadYamlButton() const { return m_loadYaml; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *loadReport() const { return m_loadReport; }
    QProgressBar *progressBar() const { return m_progress; }

    enum EnvironmentKind { SystemPython, Interpreter, Curated, Requirements, Container };

signals:
    /// The computes of the workspace have been read into the target list.
    void targetsLoaded();
    /// The run was queued; the dialog closes.
    void submitted(const Studio::RunRecord &run);
    /// A submission was refused; the form stays open with `message`.
    void submitFailed(const QString &message);

private:
    struct Field
    {
        QStringList paths;
        QLabel *label = nullptr;      // Owned (widget tree).
        QWidget *editor = nullptr;    // Owned (widget tree).
        QWidget *container = nullptr; // Owned (widget tree).
        QLabel *message = nullptr;    // Owned (widget tree).
        bool touched = false;
    };

    Field *addField(QFormLayout *layout, const QString &label, QWidget *editor,
                    const QString &toolTip, const QStringList &paths, const QString &hint = {});
    void track(Field *field, QObject *source);
    void setFieldVisible(Field *field, bool visible);
    void loadTargets();
    void loadExperiments();
    void updateVisibility();
    void revalidate();
    ValidationIssues validate() const;
    void submit();
    void chooseYamlFile();
    void chooseSourceFolder();
    void showLoadReport(bool failed, const QString &text);
    std::optional<ComputeRecord> targetRecord() const;

    Workspace *m_workspace = nullptr; // Not owned.
    RunSpec m_base;
    QString m_baseName;
    QString m_pendingTarget;
    QHash<QString, ComputeRecord> m_computes;
    ValidationIssues m_issues;
    std::vector<std::unique_ptr<Field>> m_fields;
    bool m_targetsLoaded = false;
    bool m_submitting = false;
    bool m_filling = false;

    QLabel *m_loadReport = nullptr;         // Owned (child).
    QLineEdit *m_source = nullptr;          // Owned (child).
    QLineEdit *m_command = nullptr;         // Owned (child).
    QLineEdit *m_arguments = nullptr;       // Owned (child).
    QComboBox *m_envKind = nullptr;         // Owned (child).
    QStackedWidget *m_envStack = nullptr;   // Owned (child).
    FilePathEdit *m_interpreter = nullptr;  // Owned (child).
    QComboBox *m_curated = nullptr;         // Owned (child).
    FilePathEdit *m_requirements = nullptr; // Owned (child).
    QLineEdit *m_image = nullptr;           // Owned (child).
    QComboBox *m_target = nullptr;          // Owned (child).
    QSpinBox *m_maxMinutes = nullptr;       // Owned (child).
    QSpinBox *m_instances = nullptr;        // Owned (child).
    QSpinBox *m_processes = nullptr;        // Owned (child).
    QComboBox *m_experiment = nullptr;      // Owned (child).
    QLineEdit *m_displayName = nullptr;     // Owned (child).
    Field *m_instancesField = nullptr;      // Owned (m_fields).
    Field *m_processesField = nullptr;      // Owned (m_fields).
    QLabel *m_status = nullptr;             // Owned (child).
    QProgressBar *m_progress = nullptr;     // Owned (child).
    QPushButton *m_viewYaml = nullptr;      // Owned (child).
    QPushButton *m_loadYaml = nullptr;      // Owned (child).
    QPushButton *m_cancel = nullptr;        // Owned (child).
    QPushButton *m_submit = nullptr;        // Owned (child).
};

} // namespace Studio::Ui
