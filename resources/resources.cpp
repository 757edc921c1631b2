// Anchors the embedded icons (see CMakeLists.txt).
