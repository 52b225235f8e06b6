//! Small helpers over quick-xml shared by the draft reader's parts.

use quick_xml::Reader;
use quick_xml::events::{BytesRef, BytesStart, Event};

/// The value of the attribute with this local name (`w:val`, `r:id`, ...), unescaped. Only
/// the five predefined entities and character references are resolved: a Word file never
/// declares its own, and a DOCTYPE is refused before this is reached.
pub(super) fn attr(e: &BytesStart<'_>, local: &str) -> Option<String> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
}

/// The text of an entity or character reference inside text (`&amp;`, `&#8217;`); an entity
/// Word never writes is an error, not silently dropped.
pub(super) fn reference(r: &BytesRef<'_>) -> Result<String, String> {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return Ok(c.to_string());
    }
    match r.as_ref() {
        "amp" => Ok("&".into()),
        "lt" => Ok("<".into()),
        "gt" => Ok(">".into()),
        "quot" => Ok("\"".into()),
        "apos" => Ok("'".into()),
        other => Err(format!("an undeclared entity &{};", other.chars().take(40).collect::<String>())),
    }
}

/// A toggle property (`<w:b/>`, `<w:b w:val="0"/>`): on unless its value says off.
pub(super) fn toggle(e: &BytesStart<'_>) -> bool {
    !matches!(attr(e, "val").as_deref(), Some("0" | "false" | "off" | "none"))
}

/// The next event, with broken XML and any DOCTYPE (the door to entity expansion tricks, and
/// never in a Word file) as errors that say where.
pub(super) fn next<'a>(reader: &mut Reader<&'a [u8]>) -> Result<Event<'a>, String> {
    match reader.read_event() {
        Err(e) => Err(format!("broken XML at byte {}: {e}", reader.buffer_position())),
        Ok(Event::DocType(_)) => Err("a DOCTYPE declaration, which Word files never have".into()),
        Ok(event) => Ok(event),
    }
}

/// Skips the rest of the element just started (`e`), e.g. a former formatting kept by track
/// changes, which must not be read as the current one.
pub(super) fn skip(reader: &mut Reader<&[u8]>, e: &BytesStart<'_>) -> Result<(), String> {
    reader
        .read_to_end(e.name())
        .map(|_| ())
        .map_err(|err| format!("broken XML at byte {}: {err}", reader.buffer_position()))
}

/// A reader over one part's text.
pub(super) fn reader(xml: &str) -> Reader<&[u8]> {
    Reader::from_str(xml)
}
