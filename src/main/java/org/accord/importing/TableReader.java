package org.accord.importing;

import java.util.List;

/**
 * The rows of a spreadsheet, read one at a time so that a long file never sits in memory
 * as rows.
 */
interface TableReader {

	/** The next row's cells (null for an empty cell), or null after the last row. */
	List<String> next();

}
