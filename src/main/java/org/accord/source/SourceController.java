package org.accord.source;

import jakarta.servlet.http.HttpServletRequest;
import org.accord.web.ListParams;
import org.accord.web.ListView;
import org.accord.web.SortColumns;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

@Controller
class SourceController {

	private static final SortColumns SORT = SortColumns.of(Sort.Direction.DESC, "published", "publishedOn", "title",
			"title", "publisher", "publisher", "file", "fileName");

	private final SourceService sources;

	SourceController(SourceService sources) {
		this.sources = sources;
	}

	@GetMapping("/sources")
	String list(@ModelAttribute("filter") SourceFilter filter, ListParams params, HttpServletRequest request,
			Model model) {
		Page<Source> page = this.sources.list(filter, params.toPageable(SORT));
		model.addAttribute("list", ListView.of(page, params, SORT, request));
		model.addAttribute("recordCounts", this.sources.recordCounts(page));
		return "sources/list";
	}

}
