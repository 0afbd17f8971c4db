#pragma once
/// @file xmltree.h
/// @brief A small in-memory element tree read with QXmlStreamReader, with xml:base applied,
/// bounded depth and no DTD entities (internal to the feed parser).

#include <QString>
#include <QUrl>
#include <QXmlStreamAttributes>

#include <memory>
#include <vector>

namespace fi::feed::parse {

/// One element. Children keep document order, text and elements interleaved (mixed content).
struct XmlNode {
    QString ns;     ///< Namespace URI ("" when none).
    QString name;   ///< Local name.
    QString qname;  ///< Qualified name as written.
    QXmlStreamAttributes attributes;
    QUrl base;      ///< Base URI in scope (xml:base resolved against the parent's, RFC 3986 §5.1).
    struct Child {
        QString text;                  ///< Character data (when node is null).
        std::unique_ptr<XmlNode> node; ///< A child element.
    };
    std::vector<Child> children;
    XmlNode *parent = nullptr;

    /// Concatenated character data of the direct children (CDATA included).
    QString text() const;
    /// Whether any child is an element.
    bool hasElementChildren() const;
    /// The first child element with local name @p name in namespace @p ns (any namespace when
    /// @p ns is null), or nullptr.
    const XmlNode *child(QStringView name, const QString &ns = QString()) const;
    /// Every child element with that name (document order).
    std::vector<const XmlNode *> childrenNamed(QStringView name, const QString &ns = QString()) const;
    /// Every child element.
    std::vector<const XmlNode *> elements() const;
    /// An attribute by local name (no namespace) or by namespace + name; null when absent.
    QString attribute(QStringView name, const QString &ns = QString()) const;
    bool hasAttribute(QStringView name) const;
    /// The children serialized as XML (for inline XHTML content); element names lose their
    /// prefix, relative href/src attributes are resolved against each element's base.
    QString innerXml() const;
};

/// The outcome of reading a document into a tree.
struct XmlTree {
    std::unique_ptr<XmlNode> root;  ///< null when no element was read.
    bool wellFormed = true;         ///< false when reading stopped at an error (root is partial).
    QString errorText;              ///< QXmlStreamReader's message (not translated) when !wellFormed.
    qint64 errorLine = 0;
    /// The DTD declares an internal entity (one with replacement text, which QXmlStreamReader
    /// would expand): refused, nothing read.
    bool declaresEntities = false;
    /// The DOCTYPE names an external DTD (never loaded): undeclared entities are then read as
    /// HTML's named entities.
    bool hasExternalDtd = false;
    bool tooDeep = false;           ///< Nesting went past the limit: refused.
};

/**
 * @brief Read @p text (already decoded; no XML declaration needed) into a tree.
 * @param documentUrl base of the document (xml:base values resolve against it).
 * @param maxDepth elements nested deeper refuse the document (tooDeep).
 * Stops at the first well-formedness error and keeps what was read. Never loads anything a
 * DTD names and never expands an entity a DTD declares: a DTD declaring an internal entity
 * stops the read before any content.
 * Thread-safe (no shared state).
 */
XmlTree readXmlTree(const QString &text, const QUrl &documentUrl, int maxDepth);

/// The same for a UTF-8 document given as bytes (its XML declaration, if any, says UTF-8).
XmlTree readXmlTree(const QByteArray &utf8, const QUrl &documentUrl, int maxDepth);

/// @p ref resolved against @p base (RFC 3986 §5.2); @p ref trimmed; empty stays empty.
QString resolveUrl(const QUrl &base, const QString &ref);

} // namespace fi::feed::parse
