#include <cairn/app/shell/application.h>

int main(int argc, char* argv[]) {
    return cairn::app::runApplication(argc, argv);
}
