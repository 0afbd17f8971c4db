#pragma once
/// @file xmlrepair.h
/// @brief Repairs for two mistakes real feeds make that stop an XML parser at once
/// (internal to the feed parser). The repaired document is still reported as not well-formed.

#include <QString>

namespace fi::feed::parse {

/**
 * @brief @p text with, when it has none, an external DOCTYPE (never loaded) so that HTML named
 * entities (&nbsp; &eacute; …) used without a DTD are read instead of stopping the parse, and
 * with a placeholder declaration ("urn:x-undeclared:<prefix>") on the root element @p rootName
 * for every element prefix used but never declared ("itunes:" without xmlns:itunes).
 * Returns a null string when there is nothing to repair. Linear; thread-safe.
 */
QString repairXml(const QString &text, const QString &rootName);

} // namespace fi::feed::parse
