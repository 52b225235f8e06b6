-- OHCHR documents: the paragraph under which a WG report lists pending recommendations
-- (addenda of cycle 1 number them within it), and positions from addenda kept until the
-- recommendations they answer are imported (documents may come in any order).
ALTER TABLE reviews ADD COLUMN pending_paragraph TEXT;

CREATE TABLE document_positions (
    report_symbol TEXT NOT NULL,
    reference TEXT NOT NULL,
    position TEXT NOT NULL,
    supported_part TEXT,
    source TEXT NOT NULL,
    source_ref TEXT NOT NULL,
    PRIMARY KEY (report_symbol, reference, source)
);
