/**
 * What every record's service answers, apart from the web: the outcome of a save (saved,
 * probable duplicates, or a conflict with the record's values beside the typed ones), the
 * first rows of a record's related lists, and the two refusals a request can meet (no
 * such record, a malformed request). The web layer turns the refusals into 404 and 400
 * pages; services and importers use the outcomes without knowing of pages.
 */
package org.accord.record;
