package org.accord.web;

import org.springframework.ui.Model;

/**
 * The confirmation before archiving a record, one template for every kind
 * ({@code records/archive}): the navigation section it belongs to, the record's name (or
 * a label key put before the name, for a figure), and its page's path, to which
 * {@code /archive} is posted.
 *
 * @param section the navigation entry shown as current
 * @param kindKey a message key shown before the name, or null
 * @param name the record's name as staff know it
 * @param path the record's page, for instance {@code /institutions/7}
 */
public record ArchivePage(String section, String kindKey, String name, String path) {

	/** Puts the page in the model and names its template. */
	public static String show(Model model, String section, String name, String path) {
		return show(model, new ArchivePage(section, null, name, path));
	}

	public static String show(Model model, ArchivePage page) {
		model.addAttribute("archive", page);
		return "records/archive";
	}

}
