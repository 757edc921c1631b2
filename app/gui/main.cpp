#include "ui/application.h"

int main(int argc, char **argv)
{
    return Studio::Ui::runStudio(argc, argv);
}
