#pragma once
/// @file feededitor.h
/// @brief The feed kind's editor (views/sources/sourceeditors.h): File ▸ Add feed… opens
/// AddFeedDialog, the source list's "Edit feed…" EditFeedDialog, and the kind contributes two
/// kind-wide actions (SourceEditor::Action): "Import feeds from OPML…" (OpmlImportDialog) and
/// "Export feeds as OPML…" (a save chooser), listed by the generic menus without naming feeds.

#include "sources/sourceeditors.h"

namespace fi::feed {

/// Ids of the feed editor's SourceEditor::Action entries.
inline constexpr char kImportOpmlAction[] = "importOpml";
inline constexpr char kExportOpmlAction[] = "exportOpml";

SourceEditor editor();

} // namespace fi::feed
