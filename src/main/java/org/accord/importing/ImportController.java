package org.accord.importing;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.accord.export.Column;
import org.accord.export.TableExport;
import org.accord.export.TableFormat;
import org.accord.web.Flash;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The import pages: choose a kind and a file, read the preview, confirm or discard. */
@Controller
@RequestMapping("/import")
class ImportController {

	private static final int PAGE_SIZE = 100;

	private final ImportService imports;

	private final TableExport export;

	private final MessageSource messages;

	ImportController(ImportService imports, TableExport export, MessageSource messages) {
		this.imports = imports;
		this.export = export;
		this.messages = messages;
	}

	@GetMapping
	String start(@RequestParam(required = false) ImportKind kind, Model model) {
		return startPage(model, (kind != null) ? kind : ImportKind.INSTITUTIONS, null);
	}

	@PostMapping
	String upload(@RequestParam(required = false) ImportKind kind, @RequestParam(required = false) MultipartFile file,
			Model model, Locale locale) throws IOException {
		ImportKind chosen = (kind != null) ? kind : ImportKind.INSTITUTIONS;
		if (file == null || file.isEmpty()) {
			return startPage(model, chosen, this.messages.getMessage("import.refused.noFile", null, locale));
		}
		if (file.getSize() > ImportService.MAX_BYTES) {
			return startPage(model, chosen, this.messages.getMessage("import.refused.tooLarge",
					new Object[] { ImportService.MAX_BYTES / (1024 * 1024) }, locale));
		}
		try {
			Long id = this.imports.upload(chosen, file.getOriginalFilename(), file.getBytes());
			return "redirect:/import/" + id;
		}
		catch (ImportRefused ex) {
			return startPage(model, chosen, ex.message(this.messages, locale));
		}
	}

	private String startPage(Model model, ImportKind kind, String fileError) {
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", ImportKind.values());
		model.addAttribute("fileError", fileError);
		model.addAttribute("batches", this.imports.recent());
		model.addAttribute("maxMegabytes", ImportService.MAX_BYTES / (1024 * 1024));
		model.addAttribute("maxRows", ImportFile.MAX_ROWS);
		return "import/start";
	}

	/**
	 * A file with the columns of a kind and one example row, in the reader's language.
	 */
	@GetMapping("/template")
	void template(@RequestParam ImportKind kind, @RequestParam(defaultValue = "CSV") TableFormat format,
			HttpServletResponse response, Locale locale) throws IOException {
		List<Column<ImportColumn>> columns = this.imports.columns(kind)
			.stream()
			.map((column) -> Column.<ImportColumn>of(column.headerKey(), (c) -> example(column)))
			.toList();
		this.export.write(response, format, "import-" + kind.getPath(), columns, (row) -> row.accept(null), locale);
	}

	private static Object example(ImportColumn column) {
		return column.example().isEmpty() ? null : column.example();
	}

	@GetMapping("/{id}")
	String batch(@PathVariable Long id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "false") boolean problems, Model model) {
		ImportBatch batch = this.imports.batch(id);
		int shown = Math.max(0, page);
		model.addAttribute("batch", batch);
		model.addAttribute("batchMessage", this.imports.message(batch));
		model.addAttribute("done", this.imports.progress(id));
		model.addAttribute("problemsOnly", problems);
		model.addAttribute("page", shown);
		List<ImportService.PreviewRow> rows = this.imports.rows(id, problems, shown, PAGE_SIZE + 1);
		model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
		model.addAttribute("rows", rows.subList(0, Math.min(rows.size(), PAGE_SIZE)));
		return "import/batch";
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		if (version == null || !this.imports.confirm(id, version)) {
			Flash.error(redirect, "import.flash.notReady");
		}
		return "redirect:/import/" + id;
	}

	@PostMapping("/{id}/discard")
	String discard(@PathVariable Long id, RedirectAttributes redirect) {
		this.imports.discard(id);
		Flash.success(redirect, "import.flash.discarded");
		return "redirect:/import";
	}

}
