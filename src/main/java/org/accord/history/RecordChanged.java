package org.accord.history;

/**
 * Published whenever a record's history grows: a record was created, changed, archived or
 * restored. Whatever summarises records (the dashboard) listens to stay current.
 */
public record RecordChanged(RecordType type, Long id) {

}
