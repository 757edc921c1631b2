// Anchors the embedded translations (see CMakeLists.txt).
