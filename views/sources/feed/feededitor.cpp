#include "sources/feed/feededitor.h"

#include "sources/feed/addfeeddialog.h"
#include "sources/feed/editfeeddialog.h"
#include "sources/feed/feedkind.h"
#include "sources/feed/opmldialogs.h"

namespace fi::feed {

SourceEditor editor()
{
    SourceEditor e;
    e.kind = kindKey();
    e.addText = QT_TRANSLATE_NOOP("fi::SourceEditors", "Add &feed…");
    e.addToolTip = QT_TRANSLATE_NOOP("fi::SourceEditors", "Follow an RSS, Atom or JSON feed, or a web page that announces one");
    e.editText = QT_TRANSLATE_NOOP("fi::SourceEditors", "Edit feed…");
    e.createAdd = [](const SourceEditorContext &context, QWidget *parent) -> QDialog * {
        return new AddFeedDialog(context, parent);
    };
    e.createEdit = [](const SourceConfig &existing, const SourceEditorContext &context, QWidget *parent) -> QDialog * {
        return new EditFeedDialog(existing, context, parent);
    };
    SourceEditor::Action import;
    import.id = QLatin1String(kImportOpmlAction);
    import.text = QT_TRANSLATE_NOOP("fi::SourceEditors", "Import feeds from &OPML…");
    import.toolTip = QT_TRANSLATE_NOOP("fi::SourceEditors", "Add the feeds listed in an OPML file from another feed reader");
    import.create = [](const SourceEditorContext &context, QWidget *parent) -> QDialog * {
        return new OpmlImportDialog(context, parent);
    };
    SourceEditor::Action exportList;
    exportList.id = QLatin1String(kExportOpmlAction);
    exportList.text = QT_TRANSLATE_NOOP("fi::SourceEditors", "E&xport feeds as OPML…");
    exportList.toolTip = QT_TRANSLATE_NOOP("fi::SourceEditors", "Save the list of feeds as an OPML file for other feed readers");
    exportList.create = &createExportChooser;
    e.actions = {import, exportList};
    return e;
}

} // namespace fi::feed
