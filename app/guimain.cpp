// focusinbox-gui, the window's executable: `focusinbox` (app/main.cpp) replaces itself with it for
// a plain start (no command, only options the window knows). Run directly, it also takes every
// headless command, on a QCoreApplication (no display needed).
#include "application.h"
#include "cli/cli.h"
#include "processsetup.h"
#include "translator.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

int main(int argc, char **argv)
{
    const QStringList arguments = fi::setUpProcess(argc, argv);

    if (!fi::cli::wantsGui(arguments)) {
        // Commands, --help/--version and every usage error: no display needed, never the GUI.
        QCoreApplication app(argc, argv);
        fi::installTranslators(&app);
        return fi::cli::run(arguments);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Focus Inbox"));
    QApplication::setDesktopFileName(QStringLiteral("dev.focusinbox.FocusInbox"));
    fi::installTranslators(&app);
    fi::Application focusInbox;
    const int status = focusInbox.start(QApplication::arguments().mid(1));
    if (status == fi::Application::kHandedOver)
        return 0;  // the running instance shows its window
    if (status != 0)
        return status;
    return QApplication::exec();
}
