#pragma once
/// @file clicontext.h
/// @brief What every headless command needs: paths, configuration, an open store.

#include "config/appconfig.h"
#include "config/apppaths.h"
#include "storage/itemstore.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

namespace fi::cli {

enum ExitCode { Ok = 0, SourceFailed = 1, UsageError = 2, StorageError = 3 };

struct Context {
    QCommandLineParser *parser = nullptr;
    QStringList args;               ///< Positional arguments after the command word.
    AppPaths paths;
    AppConfig config;
    std::unique_ptr<ItemStore> store;
    QTextStream out{stdout};
    QTextStream err{stderr};
};

/// Store @p config as a new source unless one of the same kind and location exists; prints
/// "Added source N: …" or the reason. Every `--address` given becomes the source's "me"
/// (settings "addresses", lower-cased). @return an ExitCode.
int saveNewSource(Context &ctx, SourceConfig config);

int sourcesCommand(Context &ctx);
int syncCommand(Context &ctx);
int listCommand(Context &ctx);
int focusCommand(Context &ctx);  ///< focuscommand.cpp
int dueCommand(Context &ctx);    ///< duecommand.cpp

} // namespace fi::cli
