// Placeholder: being written (issue 4).
int main() { return 0; }
