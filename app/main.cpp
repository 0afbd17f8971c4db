// The `focusinbox` command: every headless command runs here on a QCoreApplication, with no GUI
// library loaded (issue 17). A plain start, or only options the window knows, replaces this
// process with focusinbox-gui (app/guilauncher.h), which shows the window or hands over to the
// running instance.
#include "cli/cli.h"
#include "guilauncher.h"
#include "processsetup.h"
#include "translator.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <vector>

int main(int argc, char **argv)
{
    const QStringList arguments = fi::setUpProcess(argc, argv);
    std::vector<char *> originalArgv(argv, argv + argc);  // QCoreApplication may take options out of argv
    originalArgv.push_back(nullptr);

    QCoreApplication app(argc, argv);
    fi::installTranslators(&app);
    if (!fi::cli::wantsGui(arguments))
        return fi::cli::run(arguments);  // commands, --help/--version and every usage error

    QTextStream err(stderr);
    const QString gui = fi::guiExecutablePath(QCoreApplication::applicationFilePath());
    if (gui.isEmpty()) {
        err << QCoreApplication::translate("fi::GuiLauncher", "focusinbox: the window's program %1 is not installed "
                                                              "next to this one or in %2; commands still work.")
                   .arg(QStringLiteral(FOCUSINBOX_GUI_NAME), QStringLiteral(FOCUSINBOX_GUI_FROM_BIN))
            << Qt::endl;
        return 1;
    }
    QString error;
    const int status = fi::execGui(gui, originalArgv.data(), &error);
    if (!error.isEmpty())
        err << QCoreApplication::translate("fi::GuiLauncher", "focusinbox: cannot start %1: %2").arg(gui, error) << Qt::endl;
    return status;
}
