#pragma once

namespace Studio::Ui {

/// The GUI application: options, translations, workspace, main window. computestudio's
/// main() is this one call, so tests and benchmarks link everything else.
int runStudio(int argc, char **argv);

} // namespace Studio::Ui
