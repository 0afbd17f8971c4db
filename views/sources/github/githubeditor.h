#pragma once
/// @file githubeditor.h
/// @brief The github kind's editor (views/sources/sourceeditors.h): File ▸ Add GitHub account…
/// and the source list's "Edit GitHub account…" open GitHubAccountDialog, which checks the token
/// with `GET /user` and saves the token to the keychain and the source to the store on a worker
/// thread; a failure keeps the dialog open with the reason.

#include "sources/sourceeditors.h"

namespace fi::github {

/// The editor of the github kind (registered in builtineditors.cpp, after the feed editor).
SourceEditor editor();

} // namespace fi::github
